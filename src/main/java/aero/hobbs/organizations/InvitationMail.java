package aero.hobbs.organizations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the invitation link by email when a mail server is configured
 * ({@code SPRING_MAIL_HOST}); without one, admins copy the link from the page.
 */
@Component
class InvitationMail {

	private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final OrganizationsProperties properties;

	InvitationMail(ObjectProvider<JavaMailSender> sender, OrganizationsProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	/**
	 * Sends the invitation; false when no mail server is configured or sending failed.
	 */
	boolean send(Invitation invitation, String inviterName, String token) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		if (properties.mailFrom() != null && !properties.mailFrom().isBlank()) {
			message.setFrom(properties.mailFrom());
		}
		message.setTo(invitation.email());
		message.setSubject("Join " + invitation.organizationName() + " on Hobbs");
		message.setText(inviterName + " invites you to join " + invitation.organizationName() + " on Hobbs as "
				+ invitation.role().label().toLowerCase(java.util.Locale.ROOT) + ".\n\nOpen this link to accept: "
				+ link(token) + "\n\nThe link works until " + invitation.expiresAt() + ". If you did not expect it, "
				+ "ignore this email.\n");
		try {
			mail.send(message);
			return true;
		}
		catch (MailException e) {
			// the link is still shown to the admin, who can pass it on
			log.warn("Could not email invitation {}: {}", invitation.id(), e.getMessage());
			return false;
		}
	}

	String link(String token) {
		String base = properties.publicUrl().toString().replaceAll("/+$", "");
		return base + "/invitations/" + token;
	}

}
