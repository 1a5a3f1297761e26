package aero.hobbs.airports;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import aero.hobbs.airports.AirportAliasRepository.StoredAlias;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The airports as one pilot knows them: the reference set ({@link AirportDirectory}) plus
 * the pilot's custom airports and aliases, for codes the reference set does not know. A
 * pilot's code means, in this order: their custom airport, the airport their alias points
 * to, the reference airport. Every read names the pilot; another pilot's custom airport
 * or alias is not found.
 */
@Service
public class PilotAirports {

	private final AirportDirectory directory;

	private final CustomAirportRepository customs;

	private final AirportAliasRepository aliases;

	private final JdbcAggregateTemplate aggregates;

	private final Clock clock;

	PilotAirports(AirportDirectory directory, CustomAirportRepository customs, AirportAliasRepository aliases,
			JdbcAggregateTemplate aggregates, Clock clock) {
		this.directory = directory;
		this.customs = customs;
		this.aliases = aliases;
		this.aggregates = aggregates;
		this.clock = clock;
	}

	/**
	 * The airport the pilot means by {@code code} (case and surrounding blanks ignored).
	 * For an alias it is the alias's target, so its {@code code()} is the target's code.
	 */
	public Optional<Airport> find(UserId owner, @Nullable String code) {
		String wanted = AirportInput.normalize(code);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		Optional<CustomAirport> custom = customs.findByOwnerIdAndCode(owner.value(), wanted);
		if (custom.isPresent()) {
			return custom.map(CustomAirport::toAirport);
		}
		Optional<StoredAlias> alias = aliases.find(owner, wanted);
		if (alias.isPresent()) {
			return target(owner, alias.get().targetCode());
		}
		return directory.find(wanted);
	}

	/**
	 * The pilot's airports as they are now, for resolving many codes: their custom
	 * airports and aliases are read once (two queries), so each {@link Resolver#find}
	 * answers as {@link #find} would without asking the database again.
	 */
	public Resolver resolver(UserId owner) {
		Map<String, Airport> custom = new HashMap<>();
		customs.findByOwnerIdOrderByCode(owner.value()).forEach(c -> custom.put(c.code(), c.toAirport()));
		Map<String, String> aliasTargets = new HashMap<>();
		aliases.findByOwner(owner).forEach(a -> aliasTargets.put(a.code(), a.targetCode()));
		return new Resolver(directory, custom, aliasTargets);
	}

	/**
	 * Up to {@code limit} airports for what the pilot typed: their custom airports whose
	 * code starts with it or whose name contains it, then the reference set's
	 * suggestions.
	 */
	public List<Airport> suggest(UserId owner, @Nullable String query, int limit) {
		String q = AirportInput.normalize(query);
		if (q.isEmpty()) {
			return List.of();
		}
		Set<Airport> found = new LinkedHashSet<>();
		customs.findByOwnerIdOrderByCode(owner.value())
			.stream()
			.filter(c -> c.code().startsWith(q) || c.name().toUpperCase(Locale.ROOT).contains(q))
			.limit(limit)
			.forEach(c -> found.add(c.toAirport()));
		for (Airport airport : directory.suggest(q, limit)) {
			if (found.size() >= limit) {
				break;
			}
			found.add(airport);
		}
		return List.copyOf(found);
	}

	public List<CustomAirport> listCustom(UserId owner) {
		return customs.findByOwnerIdOrderByCode(owner.value());
	}

	public CustomAirport findCustom(UserId owner, CustomAirportId id) {
		return customs.findByIdAndOwnerId(id.value(), owner.value()).orElseThrow(() -> new NotFound("Custom airport"));
	}

	/**
	 * Adds an airfield of the pilot's own. The code must not be one the reference set
	 * knows, nor one of the pilot's aliases; coordinates are WGS84 decimal degrees.
	 */
	@Transactional
	public CustomAirport addCustom(UserId owner, @Nullable String code, @Nullable String name,
			@Nullable Double latitude, @Nullable Double longitude) {
		AirportInput.CheckedCustom checked = AirportInput.checkCustom(code, name, latitude, longitude, directory);
		customs.findByOwnerIdAndCode(owner.value(), checked.code()).ifPresent(existing -> {
			throw duplicateCustom(existing.code());
		});
		aliases.find(owner, checked.code()).ifPresent(alias -> {
			throw new Conflict("code",
					"You already use " + alias.code() + " as an alias of " + alias.targetCode() + "; remove it first");
		});
		CustomAirport custom = new CustomAirport(UUID.randomUUID(), owner.value(), checked.code(), checked.name(),
				checked.latitude(), checked.longitude(), clock.instant());
		try {
			return aggregates.insert(custom);
		}
		catch (DuplicateKeyException e) {
			throw duplicateCustom(checked.code());
		}
	}

	/**
	 * Removes a custom airport; flights logged there keep its code and coordinates. An
	 * airport that aliases point to is kept until they are removed.
	 */
	@Transactional
	public void removeCustom(UserId owner, CustomAirportId id) {
		CustomAirport custom = findCustom(owner, id);
		List<String> pointing = aliases.codesTargeting(owner, custom.code());
		if (!pointing.isEmpty()) {
			throw new Conflict("code", "Your alias " + String.join(", ", pointing) + " points to " + custom.code()
					+ "; remove " + (pointing.size() == 1 ? "it" : "them") + " first");
		}
		customs.delete(custom);
	}

	public List<AirportAlias> listAliases(UserId owner) {
		return aliases.findByOwner(owner)
			.stream()
			.map(a -> new AirportAlias(a.code(), a.targetCode(), target(owner, a.targetCode()).orElse(null),
					a.createdAt()))
			.toList();
	}

	/**
	 * Makes {@code code}, which the reference set does not know, mean the airport
	 * {@code targetCode} names: a reference airport (by any of its codes; the alias keeps
	 * its main code) or one of the pilot's custom airports.
	 */
	@Transactional
	public AirportAlias addAlias(UserId owner, @Nullable String code, @Nullable String targetCode) {
		AirportInput.CheckedAlias checked = AirportInput.checkAlias(code, targetCode, directory,
				candidate -> target(owner, candidate));
		String wanted = checked.code();
		aliases.find(owner, wanted).ifPresent(existing -> {
			throw duplicateAlias(existing.code(), existing.targetCode());
		});
		customs.findByOwnerIdAndCode(owner.value(), wanted).ifPresent(custom -> {
			throw new Conflict("code",
					wanted + " is one of your custom airports (" + custom.name() + "); a code can be one or the other");
		});
		Airport target = checked.target();
		StoredAlias alias = new StoredAlias(wanted, target.code(), clock.instant());
		try {
			aliases.insert(owner, alias);
		}
		catch (DuplicateKeyException e) {
			throw duplicateAlias(wanted, target.code());
		}
		return new AirportAlias(alias.code(), alias.targetCode(), target, alias.createdAt());
	}

	@Transactional
	public void removeAlias(UserId owner, @Nullable String code) {
		if (!aliases.delete(owner, AirportInput.normalize(code))) {
			throw new NotFound("Airport alias");
		}
	}

	/**
	 * What an alias may point to: the pilot's custom airport, else a reference airport.
	 */
	private Optional<Airport> target(UserId owner, String code) {
		return customs.findByOwnerIdAndCode(owner.value(), code)
			.map(CustomAirport::toAirport)
			.or(() -> directory.find(code));
	}

	/**
	 * Resolves codes as {@link PilotAirports#find} does, from the pilot's custom airports
	 * and aliases read when it was made; immutable, so it may be shared.
	 */
	public static final class Resolver {

		private final AirportDirectory directory;

		private final Map<String, Airport> custom;

		private final Map<String, String> aliasTargets;

		private Resolver(AirportDirectory directory, Map<String, Airport> custom, Map<String, String> aliasTargets) {
			this.directory = directory;
			this.custom = Map.copyOf(custom);
			this.aliasTargets = Map.copyOf(aliasTargets);
		}

		/** As {@link PilotAirports#find}. */
		public Optional<Airport> find(@Nullable String code) {
			String wanted = AirportInput.normalize(code);
			if (wanted.isEmpty()) {
				return Optional.empty();
			}
			Airport own = custom.get(wanted);
			if (own != null) {
				return Optional.of(own);
			}
			String target = aliasTargets.get(wanted);
			if (target != null) {
				Airport ownTarget = custom.get(target);
				return ownTarget != null ? Optional.of(ownTarget) : directory.find(target);
			}
			return directory.find(wanted);
		}

	}

	private static Conflict duplicateCustom(String code) {
		return new Conflict("code", "You already have a custom airport " + code);
	}

	private static Conflict duplicateAlias(String code, String target) {
		return new Conflict("code", "You already have an alias " + code + " (for " + target + ")");
	}

}
