package cn.gov.district.consolidation.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * The names of a fixed list of things by {@link NameKey}, with how strongly each name belongs to
 * its thing, and the search for the nearest name when none fits exactly. Built once, then
 * immutable and thread-safe.
 *
 * @param <T> what the names name
 */
final class NameIndex<T> {

	/** The official name or the code. */
	static final int OFFICIAL = 0;

	/** A name listed as a synonym or alias. */
	static final int LISTED = 1;

	/** A usual variant derived from a name ({@code 东关街办}, {@code 东关}). */
	static final int DERIVED = 2;

	private record Slot<T>(int rank, List<T> targets) {
	}

	private final Map<String, Slot<T>> slots;

	private final Function<T, String> officialName;

	private final IntUnaryOperator nearMissDistance;

	private NameIndex(Map<String, Slot<T>> slots, Function<T, String> officialName,
			IntUnaryOperator nearMissDistance) {
		this.slots = slots;
		this.officialName = officialName;
		this.nearMissDistance = nearMissDistance;
	}

	/**
	 * @param officialName the name shown as {@code closest}
	 * @param nearMissDistance for a written key of a length, the largest edit distance that is
	 * still a slip of the pen
	 */
	static <T> Builder<T> builder(Function<T, String> officialName, IntUnaryOperator nearMissDistance) {
		return new Builder<>(officialName, nearMissDistance);
	}

	/** Collects names; not thread-safe, used only while a resolver is constructed. */
	static final class Builder<T> {

		private final Map<String, Slot<T>> slots = new LinkedHashMap<>();

		private final Function<T, String> officialName;

		private final IntUnaryOperator nearMissDistance;

		private Builder(Function<T, String> officialName, IntUnaryOperator nearMissDistance) {
			this.officialName = officialName;
			this.nearMissDistance = nearMissDistance;
		}

		/** Adds {@code name} for {@code target}; a stronger name of another target wins over it. */
		Builder<T> add(String name, T target, int rank) {
			String key = NameKey.of(name);
			if (key.isEmpty()) {
				return this;
			}
			Slot<T> slot = slots.get(key);
			if (slot == null || slot.rank() > rank) {
				List<T> targets = new ArrayList<>();
				targets.add(target);
				slots.put(key, new Slot<>(rank, targets));
			}
			else if (slot.rank() == rank && !slot.targets().contains(target)) {
				slot.targets().add(target);
			}
			return this;
		}

		NameIndex<T> build() {
			Map<String, Slot<T>> frozen = new LinkedHashMap<>();
			slots.forEach((k, v) -> frozen.put(k, new Slot<>(v.rank(), List.copyOf(v.targets()))));
			return new NameIndex<>(Collections.unmodifiableMap(frozen), officialName, nearMissDistance);
		}
	}

	/** Every key with the things it names, in the order they were added. */
	Map<String, List<T>> keys() {
		Map<String, List<T>> m = new LinkedHashMap<>();
		slots.forEach((k, v) -> m.put(k, v.targets()));
		return m;
	}

	/** The exact or alias match of {@code key}, or {@code null} when no name has this key. */
	Resolution<T> lookup(String key) {
		Slot<T> slot = slots.get(key);
		if (slot == null) {
			return null;
		}
		if (slot.targets().size() > 1) {
			return new Resolution<>(Resolution.Kind.AMBIGUOUS, null, officialName.apply(slot.targets().get(0)));
		}
		Resolution.Kind kind = slot.rank() == OFFICIAL ? Resolution.Kind.EXACT : Resolution.Kind.ALIAS;
		return new Resolution<>(kind, slot.targets().get(0), null);
	}

	Resolution<T> resolve(String written) {
		String key = NameKey.of(written);
		if (key.isEmpty()) {
			return new Resolution<>(Resolution.Kind.UNKNOWN, null, null);
		}
		Resolution<T> exact = lookup(key);
		return exact != null ? exact : nearest(key);
	}

	/** The nearest names by edit distance; a near miss is reported, never taken as a match. */
	Resolution<T> nearest(String key) {
		int best = Integer.MAX_VALUE;
		List<T> closest = new ArrayList<>();
		for (Map.Entry<String, Slot<T>> e : slots.entrySet()) {
			int d = distance(key, e.getKey());
			if (d < best) {
				best = d;
				closest.clear();
			}
			if (d == best) {
				for (T t : e.getValue().targets()) {
					if (!closest.contains(t)) {
						closest.add(t);
					}
				}
			}
		}
		if (closest.isEmpty()) {
			return new Resolution<>(Resolution.Kind.UNKNOWN, null, null);
		}
		String name = officialName.apply(closest.get(0));
		if (key.length() >= 2 && best <= nearMissDistance.applyAsInt(key.length())) {
			Resolution.Kind kind = closest.size() > 1 ? Resolution.Kind.AMBIGUOUS : Resolution.Kind.NEAR_MISS;
			return new Resolution<>(kind, null, name);
		}
		boolean reasonablyClose = best <= Math.max(2, key.length() / 3);
		return new Resolution<>(Resolution.Kind.UNKNOWN, null, reasonablyClose ? name : null);
	}

	/** Levenshtein distance of two short texts, by UTF-16 unit (CJK names are in the BMP). */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
