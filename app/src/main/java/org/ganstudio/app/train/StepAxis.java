package org.ganstudio.app.train;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * Keeps a chart's step axis on whole steps: its bounds on multiples of a whole tick unit around the steps shown,
 * so it never labels fractions of a step ("1 1 1 2 2 2" at step 2, as the auto-ranging axis did).
 */
final class StepAxis {

    private StepAxis() {}

    /** Makes {@code axis} follow the steps of {@code series} from now on. */
    static void follow(NumberAxis axis, ObservableList<XYChart.Series<Number, Number>> series) {
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StepLabels());
        InvalidationListener update = obs -> fit(axis, series);
        series.addListener((ListChangeListener<XYChart.Series<Number, Number>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(s -> s.getData().addListener(update));
                change.getRemoved().forEach(s -> s.getData().removeListener(update));
            }
            fit(axis, series);
        });
        series.forEach(s -> s.getData().addListener(update));
        fit(axis, series);
    }

    private static void fit(NumberAxis axis, ObservableList<XYChart.Series<Number, Number>> series) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (XYChart.Series<Number, Number> s : series) {
            ObservableList<XYChart.Data<Number, Number>> data = s.getData();
            if (!data.isEmpty()) { // points are kept in step order
                first = Math.min(first, data.get(0).getXValue().longValue());
                last = Math.max(last, data.get(data.size() - 1).getXValue().longValue());
            }
        }
        if (first > last) {
            first = 0;
            last = 1;
        }
        long unit = StepLabels.tickUnit(first, last);
        long lower = Math.floorDiv(first, unit) * unit;
        long upper = Math.max(lower + unit, -Math.floorDiv(-last, unit) * unit);
        axis.setTickUnit(unit);
        axis.setLowerBound(lower);
        axis.setUpperBound(upper);
    }
}
