package aero.hobbs.calendar.web;

/** The booking form's fields as typed: a date and times in the organization's zone. */
public class BookingForm {

	private String aircraftId = "";

	private String date = "";

	private String startTime = "";

	private String endTime = "";

	private String instructorId = "";

	private String note = "";

	public String getAircraftId() {
		return aircraftId;
	}

	public void setAircraftId(String v) {
		aircraftId = v == null ? "" : v;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String v) {
		date = v == null ? "" : v;
	}

	public String getStartTime() {
		return startTime;
	}

	public void setStartTime(String v) {
		startTime = v == null ? "" : v;
	}

	public String getEndTime() {
		return endTime;
	}

	public void setEndTime(String v) {
		endTime = v == null ? "" : v;
	}

	public String getInstructorId() {
		return instructorId;
	}

	public void setInstructorId(String v) {
		instructorId = v == null ? "" : v;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String v) {
		note = v == null ? "" : v;
	}

}
