import Supercluster, { type ClusterProperties } from 'supercluster';
import type { PlacePoint } from '../../src/serve/api-types.ts';

// Places near each other at the current zoom become one cluster (supercluster, the clustering of
// Mapbox/MapLibre): a mark per cluster with its total, that a click zooms into until its places separate.
// Country and region centroids are never clustered: they are few, and a ring must stay a ring.

export interface ClusterTotals {
  events: number;
  goldstein: number;
  killed: number;
}

export type MapItem =
  | { readonly kind: 'place'; readonly place: PlacePoint }
  | { readonly kind: 'cluster'; readonly id: number; readonly lon: number; readonly lat: number; readonly places: number; readonly totals: ClusterTotals };

export interface PlaceClusters {
  /** What to draw at a web-map zoom level (0 = the world in 256 px). */
  at(zoom: number): MapItem[];
  /** The zoom at which a cluster splits. */
  expansionZoom(id: number): number;
}

export function clusterPlaces(places: readonly PlacePoint[]): PlaceClusters {
  const precise = places.filter((p) => p.precision === 'site' || p.precision === 'city');
  const centroids = places.filter((p) => !(p.precision === 'site' || p.precision === 'city'));
  const index = new Supercluster<{ i: number } & ClusterTotals, ClusterTotals>({
    radius: 36,
    maxZoom: 16,
    map: (p) => ({ events: p.events, goldstein: p.goldstein, killed: p.killed }),
    reduce: (acc, p) => {
      acc.events += p.events;
      acc.goldstein += p.goldstein;
      acc.killed += p.killed;
    },
  });
  index.load(precise.map((p, i) => ({
    type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: { i, events: p.events, goldstein: p.goldstein, killed: p.killed },
  })));
  return {
    at: (zoom) => [
      ...centroids.map((place): MapItem => ({ kind: 'place', place })),
      ...index.getClusters([-180, -85, 180, 85], Math.max(0, Math.min(16, Math.floor(zoom)))).map((f): MapItem => {
        const [lon, lat] = f.geometry.coordinates;
        const props = f.properties as Partial<ClusterProperties> & ClusterTotals & { i?: number };
        return props.cluster
          ? { kind: 'cluster', id: props.cluster_id!, lon, lat, places: props.point_count!, totals: { events: props.events, goldstein: props.goldstein, killed: props.killed } }
          : { kind: 'place', place: precise[props.i!] };
      }),
    ],
    expansionZoom: (id) => index.getClusterExpansionZoom(id),
  };
}
