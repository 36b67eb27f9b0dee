package cn.gov.district.consolidation.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.validate.StagedSubmission;

/**
 * The provisional submissions of a kept outcome ({@code staged_outcome.submission_list}, migration
 * V20) as one compact byte string. They were a JSON text: a long export's 25,000 submissions took
 * 0.12 s to write and store at the end of its reading and 0.15 s to read back in the decide step,
 * both on the path everything else waits for; the same 25,000 repeat a few hundred 街道 and periods.
 * <p>
 * Layout, version 1: the byte 1; the count (varint); per submission its draft id (zigzag varint, the
 * difference to the one before), its 街道, period key, reporter and phone as texts, its four counts
 * (zigzag varints) and one byte of flags (1: indicators, 2: projects). A text is a varint {@code k}:
 * 0 for {@code null}, {@code k} at most the texts seen so far for the {@code k}-th of them, else a
 * new text (UTF-8 length and bytes) that becomes the next one seen. UTF-8 has no form for a lone
 * surrogate: one in a reporter's name or phone (a damaged cell) comes back as {@code ?}.
 */
final class SubmissionList {

	private static final byte VERSION = 1;

	private static final int INDICATORS = 1;

	private static final int PROJECTS = 2;

	private SubmissionList() {
	}

	static byte[] pack(List<StagedSubmission> submissions) {
		CompactBytes.Writer w = new CompactBytes.Writer(16 + submissions.size() * 12);
		w.b(VERSION);
		w.varint(submissions.size());
		Map<String, Integer> seen = new HashMap<>();
		long draft = 0;
		for (StagedSubmission s : submissions) {
			w.zigzag(s.draftId() - draft);
			draft = s.draftId();
			text(w, seen, s.street());
			text(w, seen, s.period() == null ? null : s.period().key());
			text(w, seen, s.reporter());
			text(w, seen, s.phone());
			w.zigzag(s.rowsRead());
			w.zigzag(s.rowsRejected());
			w.zigzag(s.errors());
			w.zigzag(s.warnings());
			w.b((s.hasIndicators() ? INDICATORS : 0) | (s.hasProjects() ? PROJECTS : 0));
		}
		return w.toByteArray();
	}

	private static void text(CompactBytes.Writer w, Map<String, Integer> seen, String s) {
		if (s == null) {
			w.varint(0);
			return;
		}
		Integer k = seen.get(s);
		if (k != null) {
			w.varint(k);
			return;
		}
		int next = seen.size() + 1;
		seen.put(s, next);
		w.varint(next);
		w.text(s);
	}

	/** The submissions {@link #pack} packed; {@link IllegalArgumentException} for anything else. */
	static List<StagedSubmission> unpack(byte[] packed) {
		CompactBytes.Reader r = new CompactBytes.Reader(packed, "staged submission list");
		if (r.b() != VERSION) {
			throw r.corrupt();
		}
		int n = r.count();
		List<StagedSubmission> submissions = new ArrayList<>(n);
		List<String> seen = new ArrayList<>();
		Map<String, ReportingPeriod> periods = new HashMap<>();
		long draft = 0;
		for (int i = 0; i < n; i++) {
			draft += r.zigzag();
			String street = text(r, seen);
			String key = text(r, seen);
			ReportingPeriod period = key == null ? null : periods.computeIfAbsent(key, k -> period(r, k));
			String reporter = text(r, seen);
			String phone = text(r, seen);
			int rowsRead = number(r);
			int rowsRejected = number(r);
			int errors = number(r);
			int warnings = number(r);
			int flags = r.b();
			if ((flags & ~(INDICATORS | PROJECTS)) != 0) {
				throw r.corrupt();
			}
			submissions.add(new StagedSubmission(draft, street, period, reporter, phone, rowsRead, rowsRejected, errors,
					warnings, (flags & INDICATORS) != 0, (flags & PROJECTS) != 0));
		}
		if (!r.atEnd()) {
			throw r.corrupt();
		}
		return submissions;
	}

	private static String text(CompactBytes.Reader r, List<String> seen) {
		long k = r.varint();
		if (k == 0) {
			return null;
		}
		if (k < 0) {
			// a varint of ten bytes reads as a negative number: no index of a text seen
			throw r.corrupt();
		}
		if (k <= seen.size()) {
			return seen.get((int) k - 1);
		}
		if (k != seen.size() + 1) {
			throw r.corrupt();
		}
		String s = r.text();
		seen.add(s);
		return s;
	}

	private static ReportingPeriod period(CompactBytes.Reader r, String key) {
		try {
			return ReportingPeriod.ofKey(key);
		}
		catch (RuntimeException e) {
			throw r.corrupt();
		}
	}

	private static int number(CompactBytes.Reader r) {
		long v = r.zigzag();
		if (v != (int) v) {
			throw r.corrupt();
		}
		return (int) v;
	}
}
