export * from './stages'
export * from './machine'
export {
  allowedTargets,
  checkTransition,
  machineActor,
  mayTransition,
  workflowCapabilitiesOf,
  type TransitionCheck,
  type WorkflowActor,
} from './transitions'
