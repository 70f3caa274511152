package io.handover.asset;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

import io.handover.common.InvalidInput;

/**
 * One page of "everything outstanding past last day", in the order of the list: by last
 * working day, then leaver, then asset type and tag.
 *
 * @param items up to the page size
 * @param next where the next page starts; null on the last page
 */
public record OutstandingPage(List<Outstanding> items, Cursor next) {

	/**
	 * The place in the list just after an item. Opaque to callers: they pass back the
	 * token the page gave them.
	 *
	 * @param day the leaver's last working day as the list was ordered by it
	 */
	public record Cursor(LocalDate day, String employeeId, String type, String tag) {

		private static final String SEPARATOR = "\u001f";

		static Cursor after(LocalDate day, Outstanding item) {
			return new Cursor(day, item.employeeId(), item.holding().type(), item.holding().tag());
		}

		public String token() {
			String plain = String.join(SEPARATOR, this.day.toString(), this.employeeId, this.type, this.tag);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
		}

		/**
		 * @throws InvalidInput for anything but a token a page gave
		 */
		public static Cursor of(String token) {
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)
					.split(SEPARATOR, -1);
				if (parts.length == 4) {
					return new Cursor(LocalDate.parse(parts[0]), parts[1], parts[2], parts[3]);
				}
			}
			catch (IllegalArgumentException | DateTimeParseException notOurs) {
				// answered below
			}
			throw new InvalidInput("after", "the token of a previous page's 'next' link, exactly as given");
		}

		/**
		 * Whether the cursor comes before this item of its leaver (the list orders a
		 * leaver's items as {@link AssetRegister} answers them: by type, then tag).
		 */
		boolean isBefore(String type, String tag) {
			int byType = type.compareTo(this.type);
			return byType > 0 || (byType == 0 && tag.compareTo(this.tag) > 0);
		}

	}

}
