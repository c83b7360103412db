/**
 * What the vCenter sources (RVTools, govc) know about hosts and VMs, gathered per tool and written
 * once as a partial topology document in TOPOLOGY.md's shape: hosts with cluster, memory, port
 * groups, vMotion interface and uplinks; VMs with host, port group, IP, memory and memory in use.
 */
package dev.netmove.engine.imports.vcenter;
