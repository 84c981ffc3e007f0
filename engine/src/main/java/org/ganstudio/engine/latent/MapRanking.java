package org.ganstudio.engine.latent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks feature maps by how far apart their mean activations lie for two sets of latents, in pooled standard
 * deviations: |mean_with - mean_without| / sqrt(((n1 - 1) var_with + (n2 - 1) var_without) / (n1 + n2 - 2)).
 */
public final class MapRanking {

    /** Added to the pooled deviation so that maps constant on both sides do not divide by zero. */
    static final double EPSILON = 1e-6;

    private MapRanking() {}

    /**
     * @param with one row per latent with the attribute, one mean activation per map
     * @param without the same for latents without it
     * @param count how many maps to return (fewer when there are fewer maps)
     * @return map indices, most different first; ties keep the lower index first
     */
    public static List<Integer> rank(double[][] with, double[][] without, int count) {
        double[] score = scores(with, without);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        return List.copyOf(order.subList(0, Math.min(Math.max(count, 0), order.size())));
    }

    /** Each map's standardised difference. */
    public static double[] scores(double[][] with, double[][] without) {
        if (with.length == 0 || without.length == 0) {
            throw new IllegalArgumentException("need latents with and without");
        }
        int maps = with[0].length;
        double[] score = new double[maps];
        int dof = Math.max(1, with.length + without.length - 2);
        for (int c = 0; c < maps; c++) {
            double[] a = stats(with, c);
            double[] b = stats(without, c);
            double pooled = Math.sqrt((a[1] + b[1]) / dof);
            score[c] = Math.abs(a[0] - b[0]) / (pooled + EPSILON);
        }
        return score;
    }

    /** [mean, sum of squared deviations] of column c. */
    private static double[] stats(double[][] rows, int c) {
        double mean = 0;
        for (double[] row : rows) {
            mean += row[c];
        }
        mean /= rows.length;
        double squares = 0;
        for (double[] row : rows) {
            squares += (row[c] - mean) * (row[c] - mean);
        }
        return new double[] {mean, squares};
    }
}
