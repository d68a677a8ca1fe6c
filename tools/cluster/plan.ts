/**
 * The cluster test's network, as data: one namespace per "machine" on a private bridge, with
 * names that carry the owning run's pid (so a later run can tell its leftovers from a live
 * run's) and addresses on a private subnet. The bridge has no address and there is no default
 * route: traffic stays among the namespaces the run made.
 */

export type Role = 'data' | 'host' | 'client';

export interface NodePlan {
  role: Role;
  /** data, h0, h1, …, client */
  name: string;
  /** The network namespace. */
  ns: string;
  /** The host side of its veth pair (on the bridge); inside the namespace the peer is `eth0`. */
  veth: string;
  addr: string;
}

export interface ClusterPlan {
  /** Prefix of every namespace this run makes. */
  prefix: string;
  bridge: string;
  subnet: string;
  prefixLength: number;
  data: NodePlan;
  hosts: NodePlan[];
  client: NodePlan;
  nodes: NodePlan[];
}

/** Every namespace and link of any run starts with these. */
export const NS_PREFIX = 'znc-';
export const LINK_PREFIX = 'znc';
/** 10.213.7.0/24: unlikely to meet a real network, and unreachable from outside the run's bridge anyway. */
export const SUBNET_BASE = '10.213.7';
/** Linux interface names: at most 15 bytes (IFNAMSIZ 16 with the NUL). */
const IFNAMSIZ = 15;

export class ClusterPlanError extends Error {
  override name = 'ClusterPlanError';
}

export function planCluster(pid: number, hosts = 3): ClusterPlan {
  if (!Number.isInteger(pid) || pid <= 0) throw new ClusterPlanError(`a pid is a positive integer, not ${pid}`);
  if (!Number.isInteger(hosts) || hosts < 1 || hosts > 80) throw new ClusterPlanError(`1 to 80 worker hosts, not ${hosts}`);
  const prefix = `${NS_PREFIX}${pid}-`;
  const link = `${LINK_PREFIX}${pid}`;
  const bridge = `${link}br`;
  let k = 0;
  const node = (role: Role, name: string, last: number): NodePlan => {
    const veth = `${link}v${k++}`;
    if (veth.length > IFNAMSIZ || bridge.length > IFNAMSIZ) throw new ClusterPlanError(`interface name ${veth} is over ${IFNAMSIZ} bytes`);
    return { role, name, ns: `${prefix}${name}`, veth, addr: `${SUBNET_BASE}.${last}` };
  };
  const data = node('data', 'data', 1);
  const hostNodes = Array.from({ length: hosts }, (_, i) => node('host', `h${i}`, 11 + i));
  const client = node('client', 'client', 100);
  return {
    prefix,
    bridge,
    subnet: `${SUBNET_BASE}.0/24`,
    prefixLength: 24,
    data,
    hosts: hostNodes,
    client,
    nodes: [data, ...hostNodes, client],
  };
}

/** The pid of the run that made a namespace or link of ours; null for a name that is not ours. */
export function ownerPid(name: string): number | null {
  const m = /^znc-(\d+)-[a-z0-9]+$/.exec(name) ?? /^znc(\d+)(?:br|v\d+)$/.exec(name);
  return m ? Number(m[1]) : null;
}
