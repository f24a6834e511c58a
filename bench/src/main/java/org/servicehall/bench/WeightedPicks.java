package org.servicehall.bench;

import java.util.SplittableRandom;

/** Picks from weighted lists (departments, categories, channels, outcomes) with a random stream. */
final class WeightedPicks {

    private WeightedPicks() {
    }

    static int pickIndex(double[] weights, SplittableRandom r) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static <T> T pick(T[] items, SplittableRandom r) {
        double[] weights = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            Object item = items[i];
            weights[i] = item instanceof Hall.Dept d ? d.weight() : item instanceof Categories.Category c ? c.weight()
                    : ((Channels.ChannelKind) item).weight();
        }
        return items[pickIndex(weights, r)];
    }

    static <T> int indexOf(T[] items, T item) {
        for (int i = 0; i < items.length; i++) {
            if (items[i] == item) {
                return i;
            }
        }
        throw new IllegalArgumentException(String.valueOf(item));
    }
}
