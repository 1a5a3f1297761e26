package aero.hobbs.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reservations; every query names the organization. Live means not cancelled; ranges are
 * half-open, so one ending when another starts does not overlap it.
 */
@Repository
class ReservationRepository {

	private static final String COLUMNS = "id, organization_id, aircraft_id, member_id, instructor_id, starts_at, "
			+ "ends_at, note, created_by, created_at, updated_at, cancelled_at, cancelled_by";

	/** What a filtered list asks for; null parts do not filter. */
	record Filter(@Nullable Instant from, @Nullable Instant to, @Nullable UUID aircraftId, @Nullable UUID memberId) {
	}

	private final JdbcClient jdbc;

	ReservationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Reservation> find(UUID organizationId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_reservation WHERE organization_id = ? AND id = ?")
			.params(organizationId, id)
			.query(ReservationRepository::row)
			.optional();
	}

	/** Live reservations starting in the filter's range, by start. */
	List<Reservation> list(UUID organizationId, Filter filter, long offset, int limit) {
		List<Object> params = new ArrayList<>();
		String where = where(organizationId, filter, params);
		params.add(limit);
		params.add(offset);
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM calendar_reservation WHERE " + where
					+ " ORDER BY starts_at, id LIMIT ? OFFSET ?")
			.params(params)
			.query(ReservationRepository::row)
			.list();
	}

	long count(UUID organizationId, Filter filter) {
		List<Object> params = new ArrayList<>();
		String where = where(organizationId, filter, params);
		return jdbc.sql("SELECT COUNT(*) FROM calendar_reservation WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** Live reservations overlapping {@code [from, to)}, by start. */
	List<Reservation> overlapping(UUID organizationId, Instant from, Instant to, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM calendar_reservation WHERE organization_id = ? "
					+ "AND cancelled_at IS NULL AND starts_at < ? AND ends_at > ? ORDER BY starts_at, id LIMIT ?")
			.params(organizationId, Timestamp.from(to), Timestamp.from(from), limit)
			.query(ReservationRepository::row)
			.list();
	}

	/** Live reservations ending after {@code since} where the user flies or instructs. */
	List<Reservation> involving(UUID organizationId, UUID userId, Instant since, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM calendar_reservation WHERE organization_id = ? "
					+ "AND cancelled_at IS NULL AND ends_at > ? AND (member_id = ? OR instructor_id = ?) "
					+ "ORDER BY starts_at, id LIMIT ?")
			.params(organizationId, Timestamp.from(since), userId, userId, limit)
			.query(ReservationRepository::row)
			.list();
	}

	/**
	 * The first live reservation of the aircraft overlapping the range, other than
	 * {@code self}.
	 */
	Optional<Reservation> clashOfAircraft(UUID organizationId, UUID aircraftId, Instant from, Instant to,
			@Nullable UUID self) {
		return clash("aircraft_id", organizationId, aircraftId, from, to, self);
	}

	/**
	 * The first live reservation the instructor has overlapping the range, other than
	 * {@code self}.
	 */
	Optional<Reservation> clashOfInstructor(UUID organizationId, UUID instructorId, Instant from, Instant to,
			@Nullable UUID self) {
		return clash("instructor_id", organizationId, instructorId, from, to, self);
	}

	private Optional<Reservation> clash(String column, UUID organizationId, UUID value, Instant from, Instant to,
			@Nullable UUID self) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM calendar_reservation WHERE organization_id = ? AND " + column
					+ " = ? AND cancelled_at IS NULL AND starts_at < ? AND ends_at > ? AND id <> ? "
					+ "ORDER BY starts_at, id LIMIT 1")
			.params(organizationId, value, Timestamp.from(to), Timestamp.from(from),
					self == null ? new UUID(0, 0) : self)
			.query(ReservationRepository::row)
			.optional();
	}

	void insert(Reservation r) {
		jdbc.sql("INSERT INTO calendar_reservation (id, organization_id, aircraft_id, member_id, instructor_id, "
				+ "starts_at, ends_at, note, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(r.id(), r.organizationId(), r.aircraftId(), r.memberId(), r.instructorId(),
					Timestamp.from(r.startsAt()), Timestamp.from(r.endsAt()), r.note(), r.createdBy(),
					Timestamp.from(r.createdAt()), Timestamp.from(r.updatedAt()))
			.update();
	}

	void update(Reservation r) {
		jdbc.sql("UPDATE calendar_reservation SET aircraft_id = ?, member_id = ?, instructor_id = ?, starts_at = ?, "
				+ "ends_at = ?, note = ?, updated_at = ? WHERE organization_id = ? AND id = ?")
			.params(r.aircraftId(), r.memberId(), r.instructorId(), Timestamp.from(r.startsAt()),
					Timestamp.from(r.endsAt()), r.note(), Timestamp.from(r.updatedAt()), r.organizationId(), r.id())
			.update();
	}

	void cancel(UUID organizationId, UUID id, UUID by, Instant at) {
		jdbc.sql("UPDATE calendar_reservation SET cancelled_at = ?, cancelled_by = ?, updated_at = ? "
				+ "WHERE organization_id = ? AND id = ? AND cancelled_at IS NULL")
			.params(Timestamp.from(at), by, Timestamp.from(at), organizationId, id)
			.update();
	}

	void deleteAll(UUID organizationId) {
		jdbc.sql("DELETE FROM calendar_reservation WHERE organization_id = ?").param(organizationId).update();
	}

	private static String where(UUID organizationId, Filter filter, List<Object> params) {
		StringBuilder sql = new StringBuilder("organization_id = ? AND cancelled_at IS NULL");
		params.add(organizationId);
		if (filter.from() != null) {
			sql.append(" AND starts_at >= ?");
			params.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" AND starts_at < ?");
			params.add(Timestamp.from(filter.to()));
		}
		if (filter.aircraftId() != null) {
			sql.append(" AND aircraft_id = ?");
			params.add(filter.aircraftId());
		}
		if (filter.memberId() != null) {
			sql.append(" AND member_id = ?");
			params.add(filter.memberId());
		}
		return sql.toString();
	}

	private static Reservation row(ResultSet rs, int n) throws SQLException {
		Timestamp cancelledAt = rs.getTimestamp("cancelled_at");
		return new Reservation(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getObject("aircraft_id", UUID.class), rs.getObject("member_id", UUID.class),
				rs.getObject("instructor_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getString("note"), rs.getObject("created_by", UUID.class),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				cancelledAt == null ? null : cancelledAt.toInstant(), rs.getObject("cancelled_by", UUID.class));
	}

}
