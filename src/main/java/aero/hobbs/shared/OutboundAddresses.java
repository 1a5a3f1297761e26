package aero.hobbs.shared;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells the addresses of Hobbs' own surroundings (loopback, private networks, link-local,
 * carrier-grade NAT, multicast, unspecified and reserved ranges) from the public
 * internet. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are
 * judged by that IPv4 address, because that is where the packets end up. Works on the
 * address bytes rather than {@link InetAddress#isSiteLocalAddress()} and friends, which
 * miss unique-local IPv6, carrier-grade NAT and the embedded forms.
 */
final class OutboundAddresses {

	private OutboundAddresses() {
	}

	/**
	 * What kind of internal address this is, as a phrase for a message ("a loopback
	 * address"), or empty for a public address Hobbs may call.
	 */
	static Optional<String> internalKind(InetAddress address) {
		byte[] bytes = address.getAddress();
		return (bytes.length == 4) ? ipv4(bytes) : ipv6(bytes);
	}

	private static Optional<String> ipv4(byte[] bytes) {
		int first = bytes[0] & 0xff;
		int second = bytes[1] & 0xff;
		if (first == 0) {
			// 0.0.0.0/8, "this network"; Linux connects 0.0.0.0 to the local host
			return Optional.of("an unspecified address");
		}
		if (first == 127) {
			return Optional.of("a loopback address");
		}
		if (first == 10 || (first == 172 && (second & 0xf0) == 16) || (first == 192 && second == 168)) {
			return Optional.of("a private network address");
		}
		if (first == 100 && (second & 0xc0) == 64) {
			return Optional.of("a carrier-grade NAT address");
		}
		if (first == 169 && second == 254) {
			// also where cloud metadata services answer (169.254.169.254)
			return Optional.of("a link-local address");
		}
		if (first >= 224 && first <= 239) {
			return Optional.of("a multicast address");
		}
		if (first >= 240) {
			return Optional.of("a reserved address");
		}
		return Optional.empty();
	}

	private static Optional<String> ipv6(byte[] bytes) {
		int first = bytes[0] & 0xff;
		int second = bytes[1] & 0xff;
		if (zero(bytes, 0, 15)) {
			int last = bytes[15] & 0xff;
			if (last == 0) {
				return Optional.of("an unspecified address");
			}
			if (last == 1) {
				return Optional.of("a loopback address");
			}
		}
		if (first == 0xff) {
			return Optional.of("a multicast address");
		}
		if (first == 0xfe && (second & 0xc0) == 0x80) {
			return Optional.of("a link-local address");
		}
		if ((first == 0xfe && (second & 0xc0) == 0xc0) || (first & 0xfe) == 0xfc) {
			// fec0::/10 (the deprecated site-local range) and fc00::/7 (unique local)
			return Optional.of("a private network address");
		}
		if (zero(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
			// ::ffff:a.b.c.d, IPv4-mapped
			return ipv4(Arrays.copyOfRange(bytes, 12, 16));
		}
		if (zero(bytes, 0, 12)) {
			// ::a.b.c.d, IPv4-compatible (deprecated, still routed by some stacks)
			return ipv4(Arrays.copyOfRange(bytes, 12, 16));
		}
		if (first == 0x00 && second == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b) {
			if (zero(bytes, 4, 12)) {
				// 64:ff9b::/96, NAT64: the gateway forwards to the embedded IPv4 address
				return ipv4(Arrays.copyOfRange(bytes, 12, 16));
			}
			if (bytes[4] == 0 && bytes[5] == 1) {
				// 64:ff9b:1::/48, reserved for NAT64 inside one network (RFC 8215)
				return Optional.of("a private network address");
			}
		}
		if (first == 0x20 && second == 0x02) {
			// 2002::/16, 6to4: the IPv4 address follows the prefix
			return ipv4(Arrays.copyOfRange(bytes, 2, 6));
		}
		return Optional.empty();
	}

	private static boolean zero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
