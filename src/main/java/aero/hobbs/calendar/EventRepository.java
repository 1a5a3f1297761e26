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

/** Events; every query names the organization. */
@Repository
class EventRepository {

	private static final String COLUMNS = "id, organization_id, title, description, kind, starts_at, ends_at, "
			+ "aircraft_id, instructor_id, created_by, created_at, updated_at";

	private final JdbcClient jdbc;

	EventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CalendarEvent> find(UUID organizationId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_event WHERE organization_id = ? AND id = ?")
			.params(organizationId, id)
			.query(EventRepository::row)
			.optional();
	}

	/** Events starting in {@code [from, to)} (open ends when null), by start. */
	List<CalendarEvent> starting(UUID organizationId, @Nullable Instant from, @Nullable Instant to,
			@Nullable EventKind kind, long offset, int limit) {
		Where where = where(organizationId, from, to, kind);
		List<Object> params = new ArrayList<>(where.params());
		params.add(limit);
		params.add(offset);
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM calendar_event WHERE " + where.sql()
					+ " ORDER BY starts_at, id LIMIT ? OFFSET ?")
			.params(params)
			.query(EventRepository::row)
			.list();
	}

	long countStarting(UUID organizationId, @Nullable Instant from, @Nullable Instant to, @Nullable EventKind kind) {
		Where where = where(organizationId, from, to, kind);
		return jdbc.sql("SELECT COUNT(*) FROM calendar_event WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** Events overlapping {@code [from, to)}, by start. */
	List<CalendarEvent> overlapping(UUID organizationId, Instant from, Instant to, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM calendar_event WHERE organization_id = ? AND starts_at < ? "
					+ "AND ends_at > ? ORDER BY starts_at, id LIMIT ?")
			.params(organizationId, Timestamp.from(to), Timestamp.from(from), limit)
			.query(EventRepository::row)
			.list();
	}

	void insert(CalendarEvent e) {
		jdbc.sql("INSERT INTO calendar_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(e.id(), e.organizationId(), e.title(), e.description(), e.kind().name(),
					Timestamp.from(e.startsAt()), Timestamp.from(e.endsAt()), e.aircraftId(), e.instructorId(),
					e.createdBy(), Timestamp.from(e.createdAt()), Timestamp.from(e.updatedAt()))
			.update();
	}

	void update(CalendarEvent e) {
		jdbc.sql("UPDATE calendar_event SET title = ?, description = ?, kind = ?, starts_at = ?, ends_at = ?, "
				+ "aircraft_id = ?, instructor_id = ?, updated_at = ? WHERE organization_id = ? AND id = ?")
			.params(e.title(), e.description(), e.kind().name(), Timestamp.from(e.startsAt()),
					Timestamp.from(e.endsAt()), e.aircraftId(), e.instructorId(), Timestamp.from(e.updatedAt()),
					e.organizationId(), e.id())
			.update();
	}

	void delete(UUID organizationId, UUID id) {
		jdbc.sql("DELETE FROM calendar_event WHERE organization_id = ? AND id = ?").params(organizationId, id).update();
	}

	void deleteAll(UUID organizationId) {
		jdbc.sql("DELETE FROM calendar_event WHERE organization_id = ?").param(organizationId).update();
	}

	private static Where where(UUID organizationId, @Nullable Instant from, @Nullable Instant to,
			@Nullable EventKind kind) {
		StringBuilder sql = new StringBuilder("organization_id = ?");
		List<Object> params = new ArrayList<>(List.of(organizationId));
		if (from != null) {
			sql.append(" AND starts_at >= ?");
			params.add(Timestamp.from(from));
		}
		if (to != null) {
			sql.append(" AND starts_at < ?");
			params.add(Timestamp.from(to));
		}
		if (kind != null) {
			sql.append(" AND kind = ?");
			params.add(kind.name());
		}
		return new Where(sql.toString(), params);
	}

	record Where(String sql, List<Object> params) {
	}

	private static CalendarEvent row(ResultSet rs, int n) throws SQLException {
		return new CalendarEvent(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("title"), rs.getString("description"), EventKind.valueOf(rs.getString("kind")),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				rs.getObject("aircraft_id", UUID.class), rs.getObject("instructor_id", UUID.class),
				rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

}
