package dev.netmove.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** With Maven's own decrypter and cipher: what mvn --encrypt-master-password and --encrypt-password write. */
class NetBoxCredentialsTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    private DefaultSettingsDecrypter decrypter(String master) throws Exception {
        Path security = dir.resolve("settings-security.xml");
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        if (master != null) {
            Files.writeString(security, "<settingsSecurity><master>"
                    + cipher.encryptAndDecorate(master, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
                    + "</master></settingsSecurity>\n");
        }
        return new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString()));
    }

    private static Settings settings(String id, String password) {
        Settings settings = new Settings();
        Server server = new Server();
        server.setId(id);
        server.setPassword(password);
        settings.addServer(server);
        return settings;
    }

    @Test
    void a_plain_password_is_the_token() throws Exception {
        assertThat(NetBoxCredentials.token(settings("netbox", TOKEN), decrypter(null), "netbox")).isEqualTo(TOKEN);
    }

    @Test
    void an_encrypted_password_is_decrypted_with_the_master_password() throws Exception {
        String encrypted = new DefaultPlexusCipher().encryptAndDecorate(TOKEN, "s3cret-master");
        assertThat(encrypted).startsWith("{").endsWith("}");
        assertThat(NetBoxCredentials.token(settings("netbox", encrypted), decrypter("s3cret-master"), "netbox")).isEqualTo(TOKEN);
    }

    @Test
    void a_password_that_cannot_be_decrypted_says_where_to_look() throws Exception {
        String encrypted = new DefaultPlexusCipher().encryptAndDecorate(TOKEN, "s3cret-master");
        assertThatThrownBy(() -> NetBoxCredentials.token(settings("netbox", encrypted), decrypter(null), "netbox"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("the password of settings.xml server netbox cannot be decrypted (")
                .hasMessageEndingWith("); check ~/.m2/settings-security.xml (mvn --encrypt-master-password) and re-encrypt"
                        + " the token with mvn --encrypt-password");
    }

    @Test
    void a_missing_server_id_an_unknown_server_and_no_password_are_clear_errors() throws Exception {
        DefaultSettingsDecrypter decrypter = decrypter(null);
        assertThatThrownBy(() -> NetBoxCredentials.token(settings("netbox", TOKEN), decrypter, null))
                .hasMessage("netbox.url is set but netbox.serverId is not; expected the id of the settings.xml <server>"
                        + " whose <password> is the NetBox API token, e.g. -Dnetbox.serverId=netbox");
        assertThatThrownBy(() -> NetBoxCredentials.token(settings("nexus", "x"), decrypter, "netbox"))
                .hasMessage("settings.xml has no <server> with id netbox (netbox.serverId); it has nexus; add"
                        + " <server><id>netbox</id><password>the NetBox API token</password></server> to ~/.m2/settings.xml");
        assertThatThrownBy(() -> NetBoxCredentials.token(settings("netbox", null), decrypter, "netbox"))
                .hasMessage("settings.xml server netbox has no <password>; expected the NetBox API token there (plain,"
                        + " or encrypted with mvn --encrypt-password)");
    }
}
