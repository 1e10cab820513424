export { getGraph, GRAPH_DEFAULTS } from './graph';
export { GraphPlacements } from './graph-placements';
export { graphFromIndex } from './indexed-graph';
export { timelineFromIndex } from './indexed-timeline';
export { PictureIndex } from './picture-index';
export { getTimeline, TIMELINE_LIMIT } from './timeline';
