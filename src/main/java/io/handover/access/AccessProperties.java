package io.handover.access;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code handover.access}: who the Administrators are outside the API (in Teams and by
 * e-mail the channel gives no roles), and what an Administrator allowed.
 *
 * <pre>
 * handover.access:
 *   admins: [admin@contoso.nl, 6f1c...]   # UPN or Entra object id
 *   external-delegates: false            # may a leaver's mailbox go to an outside address
 * </pre>
 *
 * @param admins Administrators by UPN or Entra object id
 * @param externalDelegates whether a leaver's mailbox and files may be delegated to an
 * address outside the organisation (default no)
 */
@ConfigurationProperties("handover.access")
record AccessProperties(List<String> admins, boolean externalDelegates) {

	AccessProperties {
		admins = admins != null
				? admins.stream().map(a -> a.trim().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).toList()
				: List.of();
	}

}
