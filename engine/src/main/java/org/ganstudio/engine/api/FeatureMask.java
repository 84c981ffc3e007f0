package org.ganstudio.engine.api;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which feature maps of which hidden layers a generator leaves out (sets to zero after the layer's activation),
 * as the DCGAN paper does to make a generator "forget to draw" windows. Immutable.
 *
 * @param switchedOff layer index -> indices of the maps switched off in that layer
 */
public record FeatureMask(Map<Integer, Set<Integer>> switchedOff) {

    public static final FeatureMask NONE = new FeatureMask(Map.of());

    public FeatureMask {
        TreeMap<Integer, Set<Integer>> copy = new TreeMap<>();
        switchedOff.forEach((layer, maps) -> {
            if (!maps.isEmpty()) {
                copy.put(layer, Set.copyOf(new TreeSet<>(maps)));
            }
        });
        switchedOff = Map.copyOf(copy);
    }

    /** This mask with {@code map} of {@code layer} switched off ({@code off}) or back on. */
    public FeatureMask with(int layer, int map, boolean off) {
        TreeMap<Integer, Set<Integer>> next = new TreeMap<>(switchedOff);
        Set<Integer> maps = new TreeSet<>(next.getOrDefault(layer, Set.of()));
        if (off) {
            maps.add(map);
        } else {
            maps.remove(map);
        }
        next.put(layer, maps);
        return new FeatureMask(next);
    }

    public boolean isOff(int layer, int map) {
        return switchedOff.getOrDefault(layer, Set.of()).contains(map);
    }

    public boolean isEmpty() {
        return switchedOff.isEmpty();
    }
}
