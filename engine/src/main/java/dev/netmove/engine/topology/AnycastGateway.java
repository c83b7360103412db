package dev.netmove.engine.topology;

import java.util.Objects;

/**
 * An EVPN distributed anycast gateway: every device with this SVI answers for the gateway
 * address locally.
 *
 * @param gateway the SVI's own address, shared by all devices with the SVI
 */
public record AnycastGateway(Ipv4Address gateway) implements Fhrp {
    public AnycastGateway {
        Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public String protocol() {
        return "anycast";
    }
}
