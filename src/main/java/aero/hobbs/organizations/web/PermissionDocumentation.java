package aero.hobbs.organizations.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import aero.hobbs.organizations.Permission;
import aero.hobbs.organizations.RequiresPermission;
import aero.hobbs.organizations.Role;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds {@code x-permission} to every operation annotated with {@link RequiresPermission}:
 * the permission's name, the roles that hold it and, where members may act on their own
 * objects, the permission that suffices for those.
 */
@Configuration(proxyBeanMethods = false)
class PermissionDocumentation {

	@Bean
	OperationCustomizer requiredPermissions() {
		return (operation, handler) -> {
			RequiresPermission required = handler.getMethodAnnotation(RequiresPermission.class);
			if (required != null) {
				Map<String, Object> extension = new LinkedHashMap<>();
				extension.put("name", required.value().name().toLowerCase(java.util.Locale.ROOT));
				extension.put("roles", roles(required.value()));
				if (required.own().length > 0) {
					extension.put("own",
							Arrays.stream(required.own())
								.map(p -> p.name().toLowerCase(java.util.Locale.ROOT))
								.toList());
				}
				operation.addExtension("x-permission", extension);
			}
			return operation;
		};
	}

	private static List<String> roles(Permission permission) {
		return permission.roles().stream().map(Role::wireName).toList();
	}

}
