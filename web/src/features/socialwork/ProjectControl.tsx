import type { Project } from './project-queries';

/** The control tab of a project: monthly checks, supervision and opinions (A3.5). Built by its part of issue 20. */
export function ProjectControl({ project }: { project: Project }) {
  return <div data-project={project.id} />;
}
