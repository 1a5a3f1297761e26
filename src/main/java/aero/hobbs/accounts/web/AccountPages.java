package aero.hobbs.accounts.web;

import java.util.UUID;

import aero.hobbs.accounts.Account;
import aero.hobbs.accounts.Accounts;
import aero.hobbs.accounts.ApiKeys;
import aero.hobbs.accounts.CreatedApiKey;
import aero.hobbs.shared.Conflict;
import aero.hobbs.shared.InvalidInput;
import aero.hobbs.shared.web.FormErrors;
import aero.hobbs.shared.web.SignedInUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sign-up, sign-in and the settings page (password and API keys). */
@Controller
class AccountPages {

	private final Accounts accounts;

	private final ApiKeys apiKeys;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountPages(Accounts accounts, ApiKeys apiKeys) {
		this.accounts = accounts;
		this.apiKeys = apiKeys;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user) {
		return user == null ? "home" : "redirect:/logbook";
	}

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

	@GetMapping("/signup")
	String signUpForm(Model model) {
		model.addAttribute("errors", FormErrors.none());
		return "accounts/signup";
	}

	@PostMapping("/signup")
	String signUp(@RequestParam String email, @RequestParam String name, @RequestParam String password, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Account account;
		try {
			account = accounts.signUp(email, password, name);
		}
		catch (InvalidInput | Conflict e) {
			model.addAttribute("errors", FormErrors.of(e));
			model.addAttribute("email", email);
			model.addAttribute("name", name);
			return "accounts/signup";
		}
		signIn(account, request, response);
		return "redirect:/logbook?welcome";
	}

	@GetMapping("/settings")
	String settings(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("account", accounts.find(user.id()));
		model.addAttribute("keys", apiKeys.list(user.id()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "accounts/settings";
	}

	@PostMapping("/settings/password")
	String changePassword(@AuthenticationPrincipal SignedInUser user, @RequestParam String currentPassword,
			@RequestParam String newPassword, RedirectAttributes redirect) {
		try {
			accounts.changePassword(user.id(), currentPassword, newPassword);
			redirect.addFlashAttribute("notice", "Your password was changed.");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("errors", FormErrors.of(e));
		}
		return "redirect:/settings";
	}

	@PostMapping("/settings/api-keys")
	String createKey(@AuthenticationPrincipal SignedInUser user, @RequestParam String name,
			RedirectAttributes redirect) {
		try {
			CreatedApiKey created = apiKeys.create(user.id(), name);
			redirect.addFlashAttribute("createdKey", created.key());
			redirect.addFlashAttribute("createdKeyName", created.summary().name());
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("errors", FormErrors.of(e));
		}
		return "redirect:/settings#api-keys";
	}

	@PostMapping("/settings/api-keys/{id}/revoke")
	String revokeKey(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		apiKeys.revoke(user.id(), id);
		redirect.addFlashAttribute("notice", "The API key was revoked; it stops working at once.");
		return "redirect:/settings#api-keys";
	}

	private void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
		SignedInUser principal = new SignedInUser(account.id(), account.email(), account.name(), null, null);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.getSession(true);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
	}

}
