package aero.hobbs.logbook.web;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import aero.hobbs.logbook.MonthTotal;

/**
 * Hours per month as an SVG bar chart drawn by the template: bar geometry in chart units
 * (the view box is {@value #WIDTH} by {@value #HEIGHT}), so the page needs no charting
 * script.
 */
public record MonthlyChart(List<Bar> bars, String maxLabel, boolean empty) {

	static final int WIDTH = 720;
	static final int HEIGHT = 180;

	private static final int PLOT_TOP = 18;

	private static final int PLOT_BOTTOM = 150;

	public record Bar(double x, double y, double width, double height, String label, String title, boolean labelled) {
	}

	static MonthlyChart of(List<MonthTotal> months) {
		long max = months.stream().mapToLong(MonthTotal::blockMinutes).max().orElse(0);
		double scaleTop = Math.max(60, Math.ceil(max / 60.0) * 60);
		double slot = (double) WIDTH / Math.max(1, months.size());
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			MonthTotal month = months.get(i);
			double height = (PLOT_BOTTOM - PLOT_TOP) * month.blockMinutes() / scaleTop;
			String name = month.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
			bars.add(new Bar(i * slot + slot * 0.15, PLOT_BOTTOM - height, slot * 0.7, height,
					month.month().getMonthValue() == 1 ? name + " " + month.month().getYear() : name,
					name + " " + month.month().getYear() + ": " + Durations.hm(month.blockMinutes()) + " h",
					month.month().getMonthValue() % 3 == 1));
		}
		return new MonthlyChart(bars, (long) (scaleTop / 60) + " h", max == 0);
	}
}
