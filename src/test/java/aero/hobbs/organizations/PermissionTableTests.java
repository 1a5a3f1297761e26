package aero.hobbs.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The permission table in docs/organizations.md says exactly what {@link Permission}
 * decides.
 */
class PermissionTableTests {

	@Test
	void theDocumentedTableIsThePermissionTable() throws IOException {
		Map<String, Set<Role>> documented = new LinkedHashMap<>();
		List<Role> columns = List.of(Role.OWNER, Role.ADMIN, Role.INSTRUCTOR, Role.MEMBER, Role.STUDENT);
		for (String line : Files.readAllLines(Path.of("docs/organizations.md"))) {
			if (!line.startsWith("| `") || line.split("\\|").length != 8) {
				continue;
			}
			String[] cells = line.split("\\|");
			Set<Role> roles = EnumSet.noneOf(Role.class);
			for (int i = 0; i < columns.size(); i++) {
				if (cells[3 + i].trim().equals("✓")) {
					roles.add(columns.get(i));
				}
			}
			documented.put(cells[1].trim().replace("`", ""), roles);
		}
		Map<String, Set<Role>> decided = new LinkedHashMap<>();
		for (Permission permission : Permission.values()) {
			decided.put(permission.name().toLowerCase(Locale.ROOT), permission.roles());
		}
		assertThat(documented).containsExactlyEntriesOf(decided);
	}

	@Test
	void everyRoleMaySeeItsOrganizationAndBookForItself() {
		for (Role role : Role.values()) {
			assertThat(role.allows(Permission.ORGANIZATION_VIEW)).isTrue();
			assertThat(role.allows(Permission.CALENDAR_BOOK)).isTrue();
		}
		assertThat(Permission.ORGANIZATION_DELETE.roles()).containsExactly(Role.OWNER);
	}

}
