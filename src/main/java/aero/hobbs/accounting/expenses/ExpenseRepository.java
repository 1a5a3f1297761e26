package aero.hobbs.accounting.expenses;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import aero.hobbs.accounting.DateRange;
import aero.hobbs.organizations.OrganizationId;
import aero.hobbs.shared.Money;
import aero.hobbs.shared.UserId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code accounting_expense}; every query names the organization. */
@Repository
class ExpenseRepository {

	private static final String SELECT = "SELECT id, organization_id, category, amount, currency, expense_date,"
			+ " aircraft_id, note, created_by, created_at, updated_at FROM accounting_expense";

	record Criteria(DateRange dates, @Nullable ExpenseCategory category, @Nullable UUID aircraftId) {
	}

	private final JdbcClient jdbc;

	ExpenseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Expense expense) {
		jdbc.sql("""
				INSERT INTO accounting_expense (id, organization_id, category, amount, currency, expense_date,
				  aircraft_id, note, created_by, created_at, updated_at)
				VALUES (:id, :organization, :category, :amount, :currency, :date, :aircraft, :note, :createdBy,
				  :createdAt, :updatedAt)""").params(params(expense)).update();
	}

	void update(Expense expense) {
		jdbc.sql("""
				UPDATE accounting_expense SET category = :category, amount = :amount, currency = :currency,
				  expense_date = :date, aircraft_id = :aircraft, note = :note, updated_at = :updatedAt
				WHERE id = :id AND organization_id = :organization""").params(params(expense)).update();
	}

	boolean delete(OrganizationId organization, UUID id) {
		return jdbc.sql("DELETE FROM accounting_expense WHERE id = :id AND organization_id = :organization")
			.param("id", id)
			.param("organization", organization.value())
			.update() > 0;
	}

	Optional<Expense> find(OrganizationId organization, UUID id) {
		return jdbc.sql(SELECT + " WHERE id = :id AND organization_id = :organization")
			.param("id", id)
			.param("organization", organization.value())
			.query(ExpenseRepository::expense)
			.optional();
	}

	List<Expense> list(OrganizationId organization, Criteria criteria, long offset, int limit) {
		return jdbc
			.sql(SELECT + where(criteria) + " ORDER BY expense_date DESC, created_at DESC, id"
					+ " OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY")
			.params(criteriaParams(organization, criteria))
			.param("offset", offset)
			.param("limit", limit)
			.query(ExpenseRepository::expense)
			.list();
	}

	long count(OrganizationId organization, Criteria criteria) {
		return jdbc.sql("SELECT COUNT(*) FROM accounting_expense" + where(criteria))
			.params(criteriaParams(organization, criteria))
			.query(Long.class)
			.single();
	}

	private static String where(Criteria criteria) {
		return " WHERE organization_id = :organization AND expense_date BETWEEN :from AND :to"
				+ (criteria.category() == null ? "" : " AND category = :category")
				+ (criteria.aircraftId() == null ? "" : " AND aircraft_id = :aircraft");
	}

	private static Map<String, Object> criteriaParams(OrganizationId organization, Criteria criteria) {
		Map<String, Object> params = new HashMap<>();
		params.put("organization", organization.value());
		params.put("from", criteria.dates().lower());
		params.put("to", criteria.dates().upper());
		if (criteria.category() != null) {
			params.put("category", criteria.category().wireName());
		}
		if (criteria.aircraftId() != null) {
			params.put("aircraft", criteria.aircraftId());
		}
		return params;
	}

	private static Map<String, Object> params(Expense expense) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", expense.id());
		params.put("organization", expense.organizationId().value());
		params.put("category", expense.category().wireName());
		params.put("amount", expense.amount().amount());
		params.put("currency", expense.amount().currency());
		params.put("date", expense.date());
		params.put("aircraft", expense.aircraftId());
		params.put("note", expense.note());
		params.put("createdBy", expense.createdBy().value());
		params.put("createdAt", expense.createdAt().atOffset(ZoneOffset.UTC));
		params.put("updatedAt", expense.updatedAt().atOffset(ZoneOffset.UTC));
		return params;
	}

	private static Expense expense(ResultSet rs, int row) throws SQLException {
		return new Expense(rs.getObject("id", UUID.class),
				new OrganizationId(rs.getObject("organization_id", UUID.class)),
				ExpenseCategory.fromWire(rs.getString("category")).orElseThrow(),
				new Money(rs.getBigDecimal("amount").stripTrailingZeros(), rs.getString("currency")),
				rs.getObject("expense_date", LocalDate.class), rs.getObject("aircraft_id", UUID.class),
				rs.getString("note"), new UserId(rs.getObject("created_by", UUID.class)),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
