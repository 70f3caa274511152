package io.handover.cards;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import io.handover.cards.Expr.EvalError;

/**
 * {@code formatDateTime} as the reference evaluates it: .NET-style format strings, the
 * time shown in UTC (a time without offset is taken as UTC), and English names whatever
 * the locale argument, because the reference loads no other day.js locale. Dutch cards
 * therefore use numeric formats from their resource bundle.
 */
final class DateTimes {

	private static final Pattern ISO = Pattern.compile(
			"(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?Z?");

	private DateTimes() {
	}

	static JsonNode formatDateTime(List<JsonNode> args) {
		JsonNode timestamp = args.get(0);
		if (timestamp == null || !timestamp.isString()) {
			throw new EvalError("formatDateTime needs a timestamp string");
		}
		LocalDateTime utc = parseUtc(timestamp.stringValue(null));
		String format = null;
		if (args.size() == 3) {
			if (JsValues.isString(args.get(1)) && JsValues.isString(args.get(2))) {
				format = args.get(1).stringValue(null);
			}
		}
		else if (args.size() == 2 && JsValues.isString(args.get(1))) {
			format = args.get(1).stringValue(null);
		}
		if (format == null || format.isEmpty()) {
			return JsValues.text(format(utc, "yyyy-MM-dd") + "T" + format(utc, "HH:mm:ss") + "."
					+ String.format("%03d", utc.getNano() / 1_000_000) + "Z");
		}
		return JsValues.text(format(utc, format));
	}

	static LocalDateTime parseUtc(String text) {
		Matcher m = ISO.matcher(text);
		if (!m.matches()) {
			throw new EvalError(text + " is not a valid datetime string.");
		}
		try {
			int year = Integer.parseInt(m.group(1));
			int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
			int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
			int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
			int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
			int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
			int millis = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00").substring(0, 3));
			LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000);
			String offset = m.group(8);
			if (offset != null && !offset.equals("Z")) {
				local = local.atOffset(ZoneOffset.of(offset)).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
			}
			return local;
		}
		catch (RuntimeException ex) {
			throw new EvalError(text + " is not a valid datetime string.");
		}
	}

	/**
	 * Formats with the .NET tokens the reference maps to day.js: d..dddd, M..MMMM, yy,
	 * yyyy, H, HH, h, hh, m, mm, s, ss, tt, fff.
	 */
	static String format(LocalDateTime t, String format) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < format.length()) {
			char c = format.charAt(i);
			int run = 1;
			while (i + run < format.length() && format.charAt(i + run) == c) {
				run++;
			}
			switch (c) {
				case 'd' -> out.append(switch (Math.min(run, 4)) {
					case 1 -> String.valueOf(t.getDayOfMonth());
					case 2 -> pad(t.getDayOfMonth());
					case 3 -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
					default -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
				});
				case 'M' -> out.append(switch (Math.min(run, 4)) {
					case 1 -> String.valueOf(t.getMonthValue());
					case 2 -> pad(t.getMonthValue());
					case 3 -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
					default -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
				});
				case 'y' -> out.append(run <= 2 ? pad(t.getYear() % 100) : String.valueOf(t.getYear()));
				case 'H' -> out.append(run == 1 ? String.valueOf(t.getHour()) : pad(t.getHour()));
				case 'h' -> {
					int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
					out.append(run == 1 ? String.valueOf(h) : pad(h));
				}
				case 'm' -> out.append(run == 1 ? String.valueOf(t.getMinute()) : pad(t.getMinute()));
				case 's' -> out.append(run == 1 ? String.valueOf(t.getSecond()) : pad(t.getSecond()));
				case 't' -> out.append(t.getHour() < 12 ? "AM" : "PM");
				case 'f' -> out.append(String.format("%03d", t.getNano() / 1_000_000));
				default -> out.append(String.valueOf(c).repeat(run));
			}
			i += run;
		}
		return out.toString();
	}

	private static String pad(int value) {
		return value < 10 ? "0" + value : String.valueOf(value);
	}

}
