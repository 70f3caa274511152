package io.handover.teams;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import io.handover.asset.AssetRegister;
import io.handover.asset.Holding;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code what does Jan Bakker have?} ({@code wat heeft Jan Bakker?}): the assets on a
 * person's name, for IT, FM and HR staff only. A name nobody has gets the closest names;
 * a name two people share asks for the e-mail address.
 */
@Component
@Order(20)
class HoldingsCommand implements ChatCommand {

	private static final List<Pattern> QUESTIONS = List.of(
			Pattern.compile("^what does (.+?) (?:have|hold|own)(?: on (?:his|her|their) name)?\\s*\\??$",
					Pattern.CASE_INSENSITIVE),
			Pattern.compile("^what (?:has|is) (.+?) (?:got|holding|assigned)\\s*\\??$", Pattern.CASE_INSENSITIVE),
			Pattern.compile("^(?:assets|holdings) (?:of|for) (.+?)\\s*\\??$", Pattern.CASE_INSENSITIVE),
			Pattern.compile(
					"^wat heeft (.+?)(?: nog)?(?: in bezit| op (?:zijn|haar) naam| in gebruik)?(?: staan)?\\s*\\??$",
					Pattern.CASE_INSENSITIVE),
			Pattern.compile("^wat staat er op (?:de )?naam van (.+?)\\s*\\??$", Pattern.CASE_INSENSITIVE));

	private static final int SUGGESTIONS = 3;

	private final DepartmentStaff staff;

	private final EmployeeDirectory employees;

	private final AssetRegister assets;

	private final Cards cards;

	private final Notices notices;

	private final Clock clock;

	HoldingsCommand(DepartmentStaff staff, EmployeeDirectory employees, AssetRegister assets, Cards cards,
			Notices notices, Clock clock) {
		this.staff = staff;
		this.employees = employees;
		this.assets = assets;
		this.cards = cards;
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	public boolean matches(ChatMessage message) {
		return nameIn(message.text()).isPresent();
	}

	@Override
	public Activity answer(ChatMessage message) {
		Locale locale = message.locale();
		String name = nameIn(message.text()).orElseThrow();
		if (!this.staff.isStaff(message.from())) {
			return Replies.card(this.notices.refusal(
					Notices.say(locale, "Only IT, FM and HR staff can look up what someone has on their name.",
							"Alleen medewerkers van IT, FM en HR kunnen opzoeken wat er op iemands naam staat."),
					locale));
		}
		NamedPeople named = NamedPeople.in(this.employees, name, SUGGESTIONS + 2);
		List<Employee> close = named.close();
		List<Employee> same = named.same();
		if (same.size() == 1) {
			return Replies.card(holdings(same.get(0), locale));
		}
		if (same.size() > 1) {
			return Replies.card(this.notices.message(Notices.say(locale, "Which one?", "Wie bedoel je?"),
					Notices.say(locale, same.size() + " people are called " + name + ": ",
							same.size() + " mensen heten " + name + ": ")
							+ String.join(", ", same.stream().map(HoldingsCommand::described).toList())
							+ Notices.say(locale, ". Ask again with the e-mail address.",
									". Vraag het opnieuw met het e-mailadres."),
					"warning", locale));
		}
		List<String> suggestions = close.stream().limit(SUGGESTIONS).map(Employee::name).toList();
		String text = Notices.say(locale, "No one called " + name + " is in the employee register.",
				"Niemand met de naam " + name + " staat in het personeelsregister.");
		if (!suggestions.isEmpty()) {
			text += Notices.say(locale, " Did you mean: ", " Bedoelde je: ") + String.join(", ", suggestions) + "?";
		}
		// one click instead of retyping the full name
		Map<String, String> choices = new LinkedHashMap<>();
		suggestions.forEach(suggested -> choices.put(suggested,
				Notices.say(locale, "what does " + suggested + " have?", "wat heeft " + suggested + "?")));
		return Replies.card(this.notices.message(Notices.say(locale, "Not found", "Niet gevonden"), text, "warning",
				choices, locale));
	}

	private ObjectNode holdings(Employee employee, Locale locale) {
		List<Map<String, Object>> assets = listed(this.assets.holdingsOf(employee.id()));
		// what left the organisation on their name (e.g. a laptop sold to them): so
		// nobody asks for it back
		List<Map<String, Object>> disposed = listed(this.assets.disposedFrom(employee.id()));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("employeeName", employee.name());
		data.put("asOf", LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES));
		data.put("assets", assets);
		data.put("disposed", disposed);
		return this.cards.render(CardName.HOLDINGS, data, locale);
	}

	private static List<Map<String, Object>> listed(List<Holding> holdings) {
		List<Map<String, Object>> assets = new ArrayList<>();
		for (Holding holding : holdings) {
			Map<String, Object> asset = new LinkedHashMap<>();
			asset.put("id", holding.assetId());
			asset.put("type", holding.type());
			asset.put("model", holding.model());
			if (holding.serialNumber() != null) {
				asset.put("serial", holding.serialNumber());
			}
			if (holding.tag() != null) {
				asset.put("tag", holding.tag());
			}
			asset.put("status", switch (holding.state()) {
				case ISSUED -> "ASSIGNED";
				case RETURN_PENDING -> "RETURN_PENDING";
				case RETURNED -> "RETURNED";
				case LOST -> "LOST";
				case DISPOSED -> "DISPOSED";
			});
			assets.add(asset);
		}
		return assets;
	}

	static Optional<String> nameIn(String text) {
		for (Pattern question : QUESTIONS) {
			Matcher matcher = question.matcher(text.trim());
			if (matcher.matches() && !matcher.group(1).isBlank()) {
				return Optional.of(matcher.group(1).trim());
			}
		}
		return Optional.empty();
	}

	private static String described(Employee employee) {
		return employee.upn() != null ? employee.name() + " (" + employee.upn() + ")" : employee.name();
	}

}
