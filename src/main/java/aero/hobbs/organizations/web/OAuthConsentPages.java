package aero.hobbs.organizations.web;

import aero.hobbs.organizations.oauth.OAuthClients;
import aero.hobbs.shared.NotFound;
import aero.hobbs.shared.web.SignedInUser;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a member decides whether an application may act for them: the authorization
 * server sends the browser here with the client, the requested scopes and its state; the
 * form posts the choice back to {@code /oauth2/authorize}. A user who is not a member of
 * the client's organization can only refuse. "Connected applications" lists what the user
 * allowed, to take it back.
 */
@Controller
class OAuthConsentPages {

	private final OAuthClients clients;

	OAuthConsentPages(OAuthClients clients) {
		this.clients = clients;
	}

	@GetMapping("/oauth2/consent")
	String consent(@AuthenticationPrincipal SignedInUser user, @RequestParam("client_id") String clientId,
			@RequestParam(required = false) @Nullable String scope, @RequestParam String state, Model model) {
		OAuthClients.Consent consent = clients.consent(clientId, user.id(), user.email(), scope)
			.orElseThrow(() -> new NotFound("Application"));
		model.addAttribute("consent", consent);
		model.addAttribute("state", state);
		return "organizations/oauth-consent";
	}

	@GetMapping("/settings/applications")
	String applications(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("grants", clients.grants(user.id()));
		return "organizations/applications";
	}

	@PostMapping("/settings/applications/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, @RequestParam("client") String registeredClientId,
			RedirectAttributes redirect) {
		clients.revokeGrant(user.id(), registeredClientId);
		redirect.addFlashAttribute("notice", "Done: the application can no longer act for you.");
		return "redirect:/settings/applications";
	}

}
