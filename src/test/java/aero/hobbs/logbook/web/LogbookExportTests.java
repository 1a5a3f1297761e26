package aero.hobbs.logbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import aero.hobbs.logbook.FlightColumn;

import org.junit.jupiter.api.Test;

class LogbookExportTests {

	@Test
	void headerIsTheSixtyFourColumns() {
		assertThat(LogbookExport.HEADER.split(",")).hasSize(64).startsWith("flight_date", "aircraft_type");
	}

	@Test
	void quotesFieldsThatNeedIt() {
		assertThat(LogbookExport.field(FlightColumn.REMARKS, "Wind 270, gusty")).isEqualTo("\"Wind 270, gusty\"");
		assertThat(LogbookExport.field(FlightColumn.REMARKS, "say \"again\"")).isEqualTo("\"say \"\"again\"\"\"");
		assertThat(LogbookExport.field(FlightColumn.REMARKS, "two\nlines")).isEqualTo("\"two\nlines\"");
	}

	@Test
	void defusesTextThatASpreadsheetWouldRunAsAFormula() {
		assertThat(LogbookExport.field(FlightColumn.REMARKS, "=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
		assertThat(LogbookExport.field(FlightColumn.PIC_NAME, "@me")).isEqualTo("'@me");
		assertThat(LogbookExport.field(FlightColumn.BLOCK_TIME_MINUTES, "85")).isEqualTo("85");
	}

}
