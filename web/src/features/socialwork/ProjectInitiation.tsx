import type { Project } from './project-queries';

/** The initiation tab of a project: needs survey, project plan with its versions and approval, agreements, the start (A3.3). Built by its part of issue 20. */
export function ProjectInitiation({ project }: { project: Project }) {
  return <div data-project={project.id} />;
}
