package aero.hobbs.myflightbook.mapping;

import static aero.hobbs.myflightbook.mapping.MyFlightbookSamples.json;
import static aero.hobbs.myflightbook.mapping.MyFlightbookSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import aero.hobbs.currency.CurrencyItem;
import aero.hobbs.currency.CurrencyItem.Kind;
import aero.hobbs.currency.CurrencyItem.Status;

import org.junit.jupiter.api.Test;

class CurrencyMappingTests {

	private final CurrencyMapping mapping = new CurrencyMapping();

	private CurrencyItem item(String file, String label) {
		return mapping.map(sample(file))
			.stream()
			.filter(item -> item.label().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No item " + label));
	}

	private List<String> labels(String file) {
		return mapping.map(sample(file)).stream().map(CurrencyItem::label).toList();
	}

	@Test
	void mapsDayPassengerCurrencyPerCategoryClass() {
		assertThat(item("currency-spec-example.json", "ASEL - Passengers")).isEqualTo(new CurrencyItem(
				Kind.PASSENGER_DAY, "ASEL - Passengers", "ASEL", Status.OK, LocalDate.of(2026, 7, 27), null));
	}

	@Test
	void readsAnAbsentStatusAsNonCompliant() {
		CurrencyItem night = item("currency-spec-example.json", "ASEL - Night");
		assertThat(night.kind()).isEqualTo(Kind.PASSENGER_NIGHT);
		assertThat(night.status()).isEqualTo(Status.NON_COMPLIANT);
		assertThat(night.expires()).isEqualTo(LocalDate.of(2026, 3, 14));
		assertThat(night.discrepancy()).isEqualTo("(Short by 3 Landings)");
	}

	@Test
	void readsNoDateAsUnknown() {
		assertThat(item("currency-labels.json", "IFR - Glider - (Passengers)").status()).isEqualTo(Status.UNKNOWN);
	}

	@Test
	void readsAnUnknownStateAsUnknownRatherThanAPass() {
		assertThat(mapping.map(json("""
				[ { "Attribute": "Flight Review", "Value": "", "Status": 9, "CurrencyGroup": 2 } ]"""))).singleElement()
			.extracting(CurrencyItem::status)
			.isEqualTo(Status.UNKNOWN);
	}

	@Test
	void mapsInstrumentCurrencyPerCategory() {
		CurrencyItem ifr = item("currency-spec-example.json", "IFR - Airplane");
		assertThat(ifr.kind()).isEqualTo(Kind.INSTRUMENT);
		assertThat(ifr.scope()).isEqualTo("Airplane");
	}

	@Test
	void mapsTheFlightReviewGettingClose() {
		CurrencyItem review = item("currency-spec-example.json", "Flight Review");
		assertThat(review.kind()).isEqualTo(Kind.FLIGHT_REVIEW);
		assertThat(review.status()).isEqualTo(Status.GETTING_CLOSE);
		assertThat(review.expires()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(review.discrepancy()).isEqualTo("Due in 25 day(s)");
	}

	@Test
	void mapsAnSfar73ReviewAsAFlightReview() {
		assertThat(item("currency-labels.json", "Flight Review (SFAR73/R44)").kind()).isEqualTo(Kind.FLIGHT_REVIEW);
	}

	@Test
	void skipsAircraftInspections() {
		assertThat(labels("currency-spec-example.json")).containsExactly("ASEL - Passengers", "ASEL - Night",
				"IFR - Airplane", "Medical", "Flight Review");
	}

	@Test
	void mapsTheMedicalClasses() {
		assertThat(item("currency-labels.json", "1st Class Medical Privileges").kind())
			.isEqualTo(Kind.MEDICAL_FIRST_CLASS);
		assertThat(item("currency-labels.json", "2nd Class Medical Privileges").kind())
			.isEqualTo(Kind.MEDICAL_SECOND_CLASS);
		assertThat(item("currency-labels.json", "3rd Class Medical Privileges").kind())
			.isEqualTo(Kind.MEDICAL_THIRD_CLASS);
		assertThat(item("currency-spec-example.json", "Medical").kind()).isEqualTo(Kind.MEDICAL);
	}

	@Test
	void readsTheBareDateOfBasicMed() {
		CurrencyItem basicMed = item("currency-labels.json", "Medical Due (BasicMed)");
		assertThat(basicMed.kind()).isEqualTo(Kind.BASICMED);
		assertThat(basicMed.expires()).isEqualTo(LocalDate.of(2027, 5, 31));
	}

	@Test
	void leavesTheExpiryEmptyWhenTheValueHasNoDate() {
		CurrencyItem medical = item("currency-labels.json", "Medical");
		assertThat(medical.expires()).isNull();
		assertThat(medical.status()).isEqualTo(Status.NON_COMPLIANT);
	}

	@Test
	void keepsTheTypeRatingInTheScope() {
		CurrencyItem night = item("currency-labels.json", "AMEL (B737) - Night");
		assertThat(night.kind()).isEqualTo(Kind.PASSENGER_NIGHT);
		assertThat(night.scope()).isEqualTo("AMEL (B737)");
	}

	@Test
	void mapsTailwheelCurrency() {
		assertThat(item("currency-labels.json", "ASEL - Tailwheel").kind()).isEqualTo(Kind.PASSENGER_TAILWHEEL);
	}

	@Test
	void mapsTheInstructorCertificate() {
		assertThat(item("currency-labels.json", "CFI Cert. Exp./Recent Experience End").kind())
			.isEqualTo(Kind.INSTRUCTOR_CERTIFICATE);
	}

	@Test
	void skipsWhatItDoesNotMap() {
		assertThat(labels("currency-labels.json")).doesNotContain("ASEL - Passengers (EASA FCL.060)",
				"NV PIC (Except Helicopter) (Passengers)", "FAR 117.23(b)(1): Flight hours in prior 672 hours",
				"Annual Checkride - Night", "Oil change");
	}

}
