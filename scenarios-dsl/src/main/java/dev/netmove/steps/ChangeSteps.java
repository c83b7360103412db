package dev.netmove.steps;

import dev.netmove.engine.change.ChangeFile;
import dev.netmove.engine.change.ConfigurationChangeException;
import dev.netmove.engine.change.ConfigurationChanges;
import dev.netmove.engine.change.NetworkChange;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.topology.Topology;
import io.cucumber.java.en.Given;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Givens of STEPS.md "Given: a network change": a change file or doc string merged over the network as
 * the scenario has it so far (several apply in order), and the configuration what-ifs.
 */
public final class ChangeSteps {

    private final ScenarioState state;

    public ChangeSteps(ScenarioState state) {
        this.state = state;
    }

    @Given("the change {string}")
    public void theChange(String file) {
        Path project = ProjectFolder.get();
        Path resolved;
        try {
            resolved = TopologyFiles.resolve(file, state.featureFolder(), project);
        } catch (StepInputException e) {
            throw new StepInputException(e.getMessage().replace("the topology file ", "the change file ")
                    .replace("the topology ", "the change ").replace("a topology path", "a change file's path")
                    .replace("topology files must", "change files must"));
        }
        Path real;
        try {
            real = project.toRealPath();
        } catch (IOException e) {
            real = project.toAbsolutePath().normalize();
        }
        apply(ChangeFile.read(resolved, ProjectFolder.shown(real, resolved)));
    }

    @Given("the change:")
    public void theInlineChange(String yaml) {
        String shown = state.featureFile().map(f -> ProjectFolder.shown(ProjectFolder.get(), f))
                .orElse(state.featureName());
        int[] place = docStringPlace(yaml);
        // the doc string's lines as they stand in the feature file: errors name its own lines and columns
        String indented = place[1] == 0 ? yaml : yaml.lines().map(l -> " ".repeat(place[1]) + l)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        apply(ChangeFile.parse(shown, indented, place[0]));
    }

    private void apply(ChangeFile change) {
        Topology changed = NetworkChange.apply(state.topology(), change);
        state.recordChange(change.title());
        state.useTopology(changed);
    }

    /**
     * The feature file's line of the doc string's first line (after {@code Given the change:} and its fence) and the
     * fence's indentation, which Cucumber strips; else line 1 and no indentation.
     */
    private int[] docStringPlace(String yaml) {
        String first = yaml.lines().findFirst().orElse("").strip();
        if (state.featureFile().isEmpty()) {
            return new int[] {1, 0};
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(state.featureFile().get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new int[] {1, 0};
        }
        for (int i = 0; i + 2 < lines.size(); i++) {
            String fence = lines.get(i + 1).strip();
            if (lines.get(i).contains("the change:") && (fence.startsWith("\"\"\"") || fence.startsWith("```"))
                    && lines.get(i + 2).strip().equals(first)) {
                String line = lines.get(i + 1);
                return new int[] {i + 3, line.length() - line.stripLeading().length()};
            }
        }
        return new int[] {1, 0};
    }

    @Given("VLAN {int} is removed from link {string}")
    public void vlanRemovedFromLink(int vlan, String link) {
        what(() -> ConfigurationChanges.vlanRemovedFromLink(state.topology(), link, vlan));
    }

    @Given("VLAN {int} is added to link {string}")
    public void vlanAddedToLink(int vlan, String link) {
        what(() -> ConfigurationChanges.vlanAddedToLink(state.topology(), link, vlan));
    }

    @Given("VLAN {int} is removed from device {string}")
    public void vlanRemovedFromDevice(int vlan, String device) {
        what(() -> ConfigurationChanges.vlanRemovedFromDevice(state.topology(), device, vlan));
    }

    @Given("link {string} runs at {bandwidth}")
    public void linkRunsAt(String link, Bandwidth speed) {
        what(() -> ConfigurationChanges.linkSpeed(state.topology(), link, speed));
    }

    @Given("device {string} has gateway priority {int} for VLAN {int}")
    public void gatewayPriority(String device, int priority, int vlan) {
        what(() -> ConfigurationChanges.gatewayPriority(state.topology(), device, vlan, priority));
    }

    private void what(Supplier<Topology> change) {
        try {
            state.useTopology(change.get());
        } catch (ConfigurationChangeException e) {
            throw new StepInputException(e.getMessage());
        }
    }
}
