package aero.hobbs.calendar.web;

/** The event form's fields as typed: a date and times in the organization's zone. */
public class EventForm {

	private String title = "";

	private String kind = "ground_school";

	private String date = "";

	private String startTime = "";

	private String endTime = "";

	private String aircraftId = "";

	private String instructorId = "";

	private String description = "";

	public String getTitle() {
		return title;
	}

	public void setTitle(String v) {
		title = v == null ? "" : v;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String v) {
		kind = v == null ? "" : v;
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

	public String getAircraftId() {
		return aircraftId;
	}

	public void setAircraftId(String v) {
		aircraftId = v == null ? "" : v;
	}

	public String getInstructorId() {
		return instructorId;
	}

	public void setInstructorId(String v) {
		instructorId = v == null ? "" : v;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String v) {
		description = v == null ? "" : v;
	}

}
