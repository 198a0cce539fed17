import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const ProjectsPage = page(() => import('./ProjectsPage'), 'ProjectsPage');
const ProjectPage = page(() => import('./ProjectPage'), 'ProjectPage');
const EthicsPage = page(() => import('./EthicsPage'), 'EthicsPage');
const AssessmentsPage = page(() => import('./AssessmentsPage'), 'AssessmentsPage');

/**
 * 社工项目 (issue 20, 篇三 A3.2–A3.5): projects with their survey, plan and approvals, execution and changes,
 * activities and briefs, monthly checks and supervision; the ethics register and the executors' assessments.
 */
export const socialworkFeature: WebFeature = {
  name: 'socialwork',
  namespaces: ['socialwork', 'swInitiation', 'swExecution', 'swActivities', 'swControl'],
  uses: ['money', 'orders'],
  routes: (
    <Route path="socialwork" element={<RequireAbility ability="socialwork" />}>
      <Route path="projects" element={<ProjectsPage />} />
      <Route path="projects/:id" element={<ProjectPage />} />
      <Route path="ethics" element={<EthicsPage />} />
      <Route path="assessments" element={<AssessmentsPage />} />
    </Route>
  ),
  todos: [
    { key: 'socialwork.plansToApprove', labelKey: 'socialwork:todos.plansToApprove', icon: 'FileDoneOutlined' },
    { key: 'socialwork.changesToDecide', labelKey: 'swExecution:todos.changesToDecide', icon: 'BranchesOutlined' },
    { key: 'socialwork.briefsDue', labelKey: 'swActivities:todos.briefsDue', icon: 'FileTextOutlined' },
    { key: 'socialwork.opinionsToAnswer', labelKey: 'swControl:todos.opinionsToAnswer', icon: 'CommentOutlined' },
    { key: 'socialwork.supervisionsDue', labelKey: 'swControl:todos.supervisionsDue', icon: 'EyeOutlined' },
  ],
  menu: [
    {
      key: 'socialworkProjects',
      path: '/socialwork/projects',
      labelKey: 'socialwork:menu.projects',
      descriptionKey: 'socialwork:menu.projectsHint',
      icon: 'ProjectOutlined',
      ability: 'socialwork',
      group: 'socialwork',
      order: 10,
    },
    {
      key: 'socialworkEthics',
      path: '/socialwork/ethics',
      labelKey: 'socialwork:menu.ethics',
      descriptionKey: 'socialwork:menu.ethicsHint',
      icon: 'SafetyCertificateOutlined',
      ability: 'socialwork',
      group: 'socialwork',
      order: 20,
    },
    {
      key: 'socialworkAssessments',
      path: '/socialwork/assessments',
      labelKey: 'socialwork:menu.assessments',
      descriptionKey: 'socialwork:menu.assessmentsHint',
      icon: 'AuditOutlined',
      ability: 'assessSocialwork',
      group: 'socialwork',
      order: 30,
    },
  ],
};
