import type { Project } from './project-queries';

/** The execution tab of a project: progress plan, people and training, publicity, change requests, closure (A3.4). Built by its part of issue 20. */
export function ProjectExecution({ project }: { project: Project }) {
  return <div data-project={project.id} />;
}
