package aero.hobbs.accounting.web;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import aero.hobbs.accounting.summary.MonthlySummary.MonthRow;

/**
 * Revenue and expenses per month as an SVG bar chart drawn by the template: two bars per
 * month in chart units (the view box is 720 by 180), so the page needs no charting
 * script.
 */
record SummaryChart(List<Bar> bars, List<Label> labels, String maxLabel, boolean empty) {

	private static final int WIDTH = 720;

	private static final int PLOT_TOP = 18;

	private static final int PLOT_BOTTOM = 150;

	record Bar(double x, double y, double width, double height, String kind, String title) {
	}

	record Label(double x, String text) {
	}

	static SummaryChart of(List<MonthRow> months) {
		BigDecimal max = months.stream()
			.flatMap(m -> java.util.stream.Stream.of(m.revenue().amount(), m.expenses().amount()))
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		double top = Math.max(1, max.doubleValue());
		double slot = (double) WIDTH / Math.max(1, months.size());
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			MonthRow month = months.get(i);
			String name = month.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
					+ month.month().getYear();
			double x = i * slot + slot * 0.12;
			double width = slot * 0.36;
			bars.add(bar(x, width, month.revenue().amount(), top, "revenue",
					name + ": revenue " + month.revenue().formatted() + " " + month.revenue().currency()));
			bars.add(bar(x + width, width, month.expenses().amount(), top, "expenses",
					name + ": expenses " + month.expenses().formatted() + " " + month.expenses().currency()));
			labels.add(new Label(x, month.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
		}
		String currency = months.isEmpty() ? "" : months.getFirst().revenue().currency();
		return new SummaryChart(bars, labels, max.toPlainString() + " " + currency, max.signum() == 0);
	}

	private static Bar bar(double x, double width, BigDecimal amount, double top, String kind, String title) {
		double height = (PLOT_BOTTOM - PLOT_TOP) * Math.max(0, amount.doubleValue()) / top;
		return new Bar(x, PLOT_BOTTOM - height, width, height, kind, title);
	}

}
