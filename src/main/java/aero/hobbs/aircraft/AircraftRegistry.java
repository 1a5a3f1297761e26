package aero.hobbs.aircraft;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.FieldIssue;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.UserId;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pilot's aircraft and simulators. Every read names the owner; another pilot's aircraft
 * is not found.
 */
@Service
public class AircraftRegistry {

	private final AircraftRepository aircraft;

	private final JdbcAggregateTemplate aggregates;

	private final FaaRegistry faa;

	private final Clock clock;

	AircraftRegistry(AircraftRepository aircraft, JdbcAggregateTemplate aggregates, FaaRegistry faa, Clock clock) {
		this.aircraft = aircraft;
		this.aggregates = aggregates;
		this.faa = faa;
		this.clock = clock;
	}

	public List<Aircraft> list(UserId owner) {
		return aircraft.findByOwnerIdOrderByRegistration(owner.value());
	}

	public Aircraft find(UserId owner, AircraftId id) {
		return aircraft.findByIdAndOwnerId(id.value(), owner.value()).orElseThrow(() -> new NotFound("Aircraft"));
	}

	public Optional<Aircraft> findByRegistration(UserId owner, String registration) {
		return aircraft.findByOwnerIdAndRegistrationNormalized(owner.value(), Aircraft.normalize(registration));
	}

	@Transactional
	public Aircraft add(UserId owner, AircraftDetails details) {
		Checked checked = check(details);
		ensureUnique(owner, checked.registrationNormalized(), null);
		Instant now = clock.instant();
		return aggregates.insert(checked.toAircraft(UUID.randomUUID(), owner.value(), Aircraft.MANUAL, now, now));
	}

	/**
	 * The pilot's aircraft for an imported one. An aircraft the pilot already has with
	 * that registration is answered as it is, never changed. Otherwise a new one is
	 * added: from the FAA registry when it knows the (US) registration, verified; else
	 * from the importer's model text, unverified, so that nothing imported is lost.
	 * Simulators are never looked up.
	 */
	@Transactional
	public Aircraft adoptImported(UserId owner, ImportedAircraft imported) {
		String registration = imported.registration().trim();
		if (Aircraft.normalize(registration).isEmpty() || registration.length() > 20) {
			throw new InvalidInput("registration", "An imported aircraft needs a registration of up to 20 characters");
		}
		Optional<Aircraft> existing = findByRegistration(owner, registration);
		if (existing.isPresent()) {
			return existing.get();
		}
		// microseconds, as both databases keep them: the answer equals what a later read
		// gives
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Optional<FaaAircraft> registered = imported.simulator() ? Optional.empty() : faa.find(registration);
		return aggregates.insert(registered
			.map(hit -> AircraftAdoption.fromRegistry(owner.value(), hit.registration(), hit, imported, now))
			.orElseGet(() -> AircraftAdoption.unverified(owner.value(), registration, imported, now)));
	}

	/**
	 * Replaces the details with the pilot's; the aircraft keeps its source and counts as
	 * verified from now on, since the pilot has checked it.
	 */
	@Transactional
	public Aircraft update(UserId owner, AircraftId id, AircraftDetails details) {
		Aircraft existing = find(owner, id);
		Checked checked = check(details);
		ensureUnique(owner, checked.registrationNormalized(), existing.id());
		return aircraft.save(checked.toAircraft(existing.id(), owner.value(), existing.source(), existing.createdAt(),
				clock.instant()));
	}

	/**
	 * Removes the aircraft from the list; flights logged in it keep their registration
	 * and type.
	 */
	@Transactional
	public void remove(UserId owner, AircraftId id) {
		aircraft.delete(find(owner, id));
	}

	private void ensureUnique(UserId owner, String normalized, UUID self) {
		aircraft.findByOwnerIdAndRegistrationNormalized(owner.value(), normalized)
			.filter(other -> !other.id().equals(self))
			.ifPresent(other -> {
				throw new Conflict("registration", "You already have an aircraft registered " + other.registration());
			});
	}

	private static Checked check(AircraftDetails d) {
		List<FieldIssue> issues = new ArrayList<>();
		String registration = d.registration() == null ? "" : d.registration().trim();
		String normalized = Aircraft.normalize(registration);
		if (normalized.isEmpty() || registration.length() > 20) {
			issues.add(new FieldIssue("registration",
					"Enter the registration (tail number) as painted, e.g. C-GABC or N12345; for a simulator, its name"));
		}
		String type = d.typeCode() == null ? "" : d.typeCode().trim();
		if (type.isEmpty() || type.length() > 20) {
			issues
				.add(new FieldIssue("type_code", "Enter the type designator, e.g. C172 or PA28 (up to 20 characters)"));
		}
		String model = d.model() == null || d.model().isBlank() ? null : d.model().trim().replaceAll("\\s+", " ");
		if (model != null && model.length() > 100) {
			issues.add(new FieldIssue("model", "Use at most 100 characters for the make and model"));
		}
		CategoryClass categoryClass = d.categoryClass() == null ? null
				: CategoryClass.fromWire(d.categoryClass()).orElse(null);
		if (categoryClass == null) {
			issues.add(new FieldIssue("category_class", "Choose one of: asel, amel, ases, ames, helicopter, gyroplane, "
					+ "glider, balloon, airship, powered_lift"));
		}
		int engines = d.engineCount() == null ? 1 : d.engineCount();
		if (engines < 0 || engines > 8) {
			issues.add(new FieldIssue("engine_count", "Engine count must be between 0 and 8"));
		}
		FstdType fstdType = null;
		if (d.simulator()) {
			fstdType = d.fstdType() == null ? null : FstdType.fromWire(d.fstdType()).orElse(null);
			if (fstdType == null) {
				issues.add(new FieldIssue("fstd_type",
						"A simulator needs its device type: one of ffs, ftd, aatd, batd, fnpt, bitd"));
			}
		}
		else if (d.fstdType() != null && !d.fstdType().isBlank()) {
			issues.add(new FieldIssue("fstd_type", "Only a simulator has a device type; mark it as a simulator"));
		}
		if (!issues.isEmpty()) {
			throw new InvalidInput(issues);
		}
		return new Checked(registration, normalized, type.toUpperCase(Locale.ROOT), model, categoryClass, engines, d,
				fstdType);
	}

	private record Checked(String registration, String registrationNormalized, String typeCode, String model,
			CategoryClass categoryClass, int engineCount, AircraftDetails flags, FstdType fstdType) {

		Aircraft toAircraft(UUID id, UUID owner, String source, Instant createdAt, Instant updatedAt) {
			return new Aircraft(id, owner, registration, registrationNormalized, typeCode, model, categoryClass,
					engineCount, flags.tailwheel(), flags.complex(), flags.highPerformance(), flags.turbine(),
					flags.glassCockpit(), flags.simulator(), fstdType, true, source, createdAt, updatedAt);
		}
	}

}
