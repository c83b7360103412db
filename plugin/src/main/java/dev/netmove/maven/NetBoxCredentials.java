package dev.netmove.maven;

import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The NetBox API token of the live pull ({@code netmove:import} with {@code netbox.url}): the password
 * of the {@code settings.xml} server that {@code netbox.serverId} names, decrypted the Maven way
 * ({@code mvn --encrypt-password} and {@code settings-security.xml}), so no token is ever written in a POM.
 */
public final class NetBoxCredentials {

    private NetBoxCredentials() {
    }

    /**
     * The token, or a clear error saying which setting is missing and how to add it.
     *
     * @param settings the build's settings ({@code ${settings}})
     * @param decrypter Maven's {@link SettingsDecrypter} component
     * @param serverId the {@code netbox.serverId} parameter
     */
    public static String token(Settings settings, SettingsDecrypter decrypter, String serverId) throws MojoExecutionException {
        if (serverId == null || serverId.isBlank()) {
            throw new MojoExecutionException("netbox.url is set but netbox.serverId is not; expected the id of the"
                    + " settings.xml <server> whose <password> is the NetBox API token, e.g. -Dnetbox.serverId=netbox");
        }
        Server server = settings.getServer(serverId);
        if (server == null) {
            String known = settings.getServers().stream().map(Server::getId).collect(Collectors.joining(", "));
            throw new MojoExecutionException("settings.xml has no <server> with id " + serverId + " (netbox.serverId)"
                    + (known.isEmpty() ? "" : "; it has " + known) + "; add <server><id>" + serverId
                    + "</id><password>the NetBox API token</password></server> to ~/.m2/settings.xml");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity().compareTo(SettingsProblem.Severity.ERROR) <= 0) {
                throw new MojoExecutionException("the password of settings.xml server " + serverId
                        + " cannot be decrypted (" + problem.getMessage() + "); check ~/.m2/settings-security.xml"
                        + " (mvn --encrypt-master-password) and re-encrypt the token with mvn --encrypt-password");
            }
        }
        String token = result.getServer() == null ? null : result.getServer().getPassword();
        if (token == null || token.isBlank()) {
            throw new MojoExecutionException("settings.xml server " + serverId + " has no <password>; expected the"
                    + " NetBox API token there (plain, or encrypted with mvn --encrypt-password)");
        }
        return token.strip();
    }
}
