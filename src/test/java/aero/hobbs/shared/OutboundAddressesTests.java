package aero.hobbs.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundAddressesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0.0.0.0         | an unspecified address
			0.1.2.3         | an unspecified address
			127.0.0.1       | a loopback address
			127.255.255.254 | a loopback address
			10.0.0.1        | a private network address
			10.255.255.255  | a private network address
			172.16.0.1      | a private network address
			172.31.255.255  | a private network address
			192.168.0.1     | a private network address
			192.168.255.255 | a private network address
			100.64.0.1      | a carrier-grade NAT address
			100.127.255.255 | a carrier-grade NAT address
			169.254.0.1     | a link-local address
			169.254.169.254 | a link-local address
			224.0.0.1       | a multicast address
			239.255.255.250 | a multicast address
			240.0.0.1       | a reserved address
			255.255.255.255 | a reserved address
			""")
	void refusesInternalIpv4(String address, String kind) {
		assertThat(OutboundAddresses.internalKind(literal(address))).hasValue(kind);
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "1.1.1.1", "9.255.255.255", "11.0.0.0", "172.15.255.255", "172.32.0.0",
			"192.167.255.255", "192.169.0.0", "100.63.255.255", "100.128.0.0", "169.253.255.255", "169.255.0.0",
			"126.255.255.255", "128.0.0.1", "223.255.255.255", "1.0.0.0" })
	void allowsPublicIpv4(String address) {
		assertThat(OutboundAddresses.internalKind(literal(address))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			::                    | an unspecified address
			::1                   | a loopback address
			fe80::1               | a link-local address
			febf:ffff::1          | a link-local address
			fec0::1               | a private network address
			fc00::1               | a private network address
			fd12:3456:789a::1     | a private network address
			ff02::1               | a multicast address
			ff05::1:3             | a multicast address
			::127.0.0.1           | a loopback address
			::10.1.2.3            | a private network address
			64:ff9b::7f00:1       | a loopback address
			64:ff9b::a9fe:a9fe    | a link-local address
			64:ff9b:1::1          | a private network address
			2002:c0a8:0101::1     | a private network address
			2002:7f00:0001::1     | a loopback address
			""")
	void refusesInternalIpv6(String address, String kind) {
		assertThat(OutboundAddresses.internalKind(literal(address))).hasValue(kind);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001:80b::200e", "fbff::1",
			"fe00::1", "64:ff9b::808:808", "2002:0808:0808::1", "::ffff:8.8.8.8" })
	void allowsPublicIpv6(String address) {
		assertThat(OutboundAddresses.internalKind(literal(address))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			00000000000000000000ffff7f000001 | a loopback address
			00000000000000000000ffff0a000001 | a private network address
			00000000000000000000ffffa9fea9fe | a link-local address
			00000000000000000000ffff00000000 | an unspecified address
			00000000000000000000ffff64400001 | a carrier-grade NAT address
			""")
	void judgesIpv4MappedAddressesByTheirIpv4Address(String hex, String kind) throws UnknownHostException {
		// InetAddress turns ::ffff:a.b.c.d into an Inet4Address; Inet6Address keeps the
		// 16-byte form, which is what a resolver may hand back
		Inet6Address mapped = Inet6Address.getByAddress(null, HexFormat.of().parseHex(hex), -1);
		assertThat(OutboundAddresses.internalKind(mapped)).hasValue(kind);
		assertThat(OutboundAddresses.internalKind(InetAddress.getByAddress(HexFormat.of().parseHex(hex))))
			.hasValue(kind);
	}

	@Test
	void allowsAnIpv4MappedPublicAddress() throws UnknownHostException {
		byte[] bytes = HexFormat.of().parseHex("00000000000000000000ffff08080808");
		assertThat(OutboundAddresses.internalKind(Inet6Address.getByAddress(null, bytes, -1))).isEmpty();
	}

	private static InetAddress literal(String address) {
		try {
			// a literal is parsed, never looked up
			return InetAddress.getByName(address);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(address, ex);
		}
	}

}
