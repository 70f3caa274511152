package io.handover.hr.afas;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How Handover reads AFAS Profit: one GetConnector of employments in the customer's
 * environment, through an App Connector token. Without an environment and a token, AFAS
 * is not read.
 *
 * @param environment the environment number (the {@code 12345} of
 * {@code https://12345.rest.afas.online})
 * @param environmentType {@code rest} (production), {@code resttest} or
 * {@code restaccept}
 * @param token the App Connector user token, as Profit shows it
 * ({@code <token><version>1</version><data>…</data></token>}) or only its data part (from
 * Key Vault in production)
 * @param connector the GetConnector's id
 * @param baseUrl the ProfitRestServices URL when it is not the AFAS Online one (an
 * on-premises Profit, tests); empty: derived from the environment
 * @param pageSize rows per request ({@code take})
 * @param timeout how long one request may take (AFAS Online stops a call after 15
 * minutes)
 * @param timeZone the zone Profit writes its date-times in (its audit fields carry no
 * offset)
 * @param fields which GetConnector field holds what
 */
@ConfigurationProperties("handover.hr.afas")
public record AfasProperties(String environment, String environmentType, String token, String connector, String baseUrl,
		Integer pageSize, Duration timeout, ZoneId timeZone, Fields fields) {

	public static final String DEFAULT_CONNECTOR = "Handover_Employments";

	public AfasProperties {
		environmentType = StringUtils.hasText(environmentType) ? environmentType.strip().toLowerCase(Locale.ROOT)
				: "rest";
		connector = StringUtils.hasText(connector) ? connector.strip() : DEFAULT_CONNECTOR;
		pageSize = pageSize != null && pageSize > 0 ? pageSize : 500;
		timeout = timeout != null ? timeout : Duration.ofMinutes(5);
		timeZone = timeZone != null ? timeZone : ZoneId.of("Europe/Amsterdam");
		fields = fields != null ? fields
				: new Fields(null, null, null, null, null, null, null, null, null, null, null, null, null);
		if (!environmentType.matches("rest|resttest|restaccept")) {
			throw new IllegalArgumentException(
					"handover.hr.afas.environment-type is '" + environmentType + "'; use rest, resttest or restaccept");
		}
	}

	/** The ProfitRestServices root, without a trailing slash. */
	public String servicesUrl() {
		if (StringUtils.hasText(this.baseUrl)) {
			String url = this.baseUrl.strip();
			return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		}
		return "https://" + this.environment.strip() + "." + this.environmentType + ".afas.online/ProfitRestServices";
	}

	/** Keeps the token out of logs and error pages. */
	@Override
	public String toString() {
		return "AfasProperties[environment=" + this.environment + ", environmentType=" + this.environmentType
				+ ", token=" + (StringUtils.hasText(this.token) ? "***" : "") + ", connector=" + this.connector
				+ ", baseUrl=" + this.baseUrl + ", pageSize=" + this.pageSize + ", timeout=" + this.timeout
				+ ", timeZone=" + this.timeZone + ", fields=" + this.fields + "]";
	}

	/**
	 * The GetConnector's field ids (Profit's names in the data collection). Defaults are
	 * the names Profit gives the standard employee fields; a customer whose connector
	 * names them otherwise sets the ones that differ.
	 *
	 * @param employeeId the employee number ({@code Medewerker})
	 * @param givenName the name the person goes by ({@code Roepnaam})
	 * @param familyNamePrefix the prefix of the last name ({@code Voorvoegsel})
	 * @param familyName the last name ({@code Achternaam})
	 * @param email the work e-mail ({@code Email_werk})
	 * @param jobCode the function code ({@code Functie_code})
	 * @param jobTitle the function's name ({@code Functie_omschrijving})
	 * @param managerEmployeeId the manager's employee number ({@code Leidinggevende})
	 * @param managerEmail the manager's work e-mail (none by default)
	 * @param startDate first day of the contract ({@code Begindatum_contract})
	 * @param endDate last day of the contract ({@code Einddatum_contract})
	 * @param changedAt the audit field "changed on" ({@code Gewijzigd_op}); filtered on
	 * for changes since the last sync
	 * @param orderBy the unique sort the pages follow (comma-separated field ids); empty:
	 * employee number, then start date
	 */
	public record Fields(String employeeId, String givenName, String familyNamePrefix, String familyName, String email,
			String jobCode, String jobTitle, String managerEmployeeId, String managerEmail, String startDate,
			String endDate, String changedAt, String orderBy) {

		public Fields {
			employeeId = or(employeeId, "Medewerker");
			givenName = or(givenName, "Roepnaam");
			familyNamePrefix = or(familyNamePrefix, "Voorvoegsel");
			familyName = or(familyName, "Achternaam");
			email = or(email, "Email_werk");
			jobCode = or(jobCode, "Functie_code");
			jobTitle = or(jobTitle, "Functie_omschrijving");
			managerEmployeeId = or(managerEmployeeId, "Leidinggevende");
			managerEmail = StringUtils.hasText(managerEmail) ? managerEmail.strip() : null;
			startDate = or(startDate, "Begindatum_contract");
			endDate = or(endDate, "Einddatum_contract");
			changedAt = or(changedAt, "Gewijzigd_op");
			orderBy = or(orderBy, employeeId + "," + startDate);
		}

		private static String or(String value, String fallback) {
			return StringUtils.hasText(value) ? value.strip() : fallback;
		}

	}

}
