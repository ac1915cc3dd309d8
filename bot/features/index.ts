import type { FeatureFactory } from '../core/feature';
import { createAskFeature } from './ask';
import { createCancelFeature } from './cancel';
import { createHelpFeature } from './help';
import { createQuizFeature } from './quiz';
import { createRemindersFeature } from './reminders';
import { createStartFeature } from './start';
import { createTicketsFeature } from './tickets';

/**
 * Every feature, in the order they see free text. Commands are matched first whatever the order;
 * features that only want leftovers (handbook answers, the fallback) go last.
 */
export const featureFactories: FeatureFactory[] = [
  createStartFeature,
  createHelpFeature,
  createCancelFeature,
  createQuizFeature,
  createRemindersFeature,
  createTicketsFeature,
  createAskFeature,
];
