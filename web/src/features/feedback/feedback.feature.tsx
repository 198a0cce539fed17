import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const FeedbackListPage = page(() => import('./FeedbackListPage'), 'FeedbackListPage');
const FeedbackDetailPage = page(() => import('./FeedbackDetailPage'), 'FeedbackDetailPage');
const FeedbackReportPage = page(() => import('./FeedbackReportPage'), 'FeedbackReportPage');
const PublicFeedbackPage = page(() => import('./PublicFeedbackPage'), 'PublicFeedbackPage');

/**
 * 客户意见 (issue 17, A4.5): complaints, suggestions, inquiries and praise by hotline, letter, visit and the public
 * web form; the reply, the departments' answers, the outcome told to the customer; the monthly report.
 */
export const feedbackFeature: WebFeature = {
  name: 'feedback',
  namespaces: ['feedback'],
  uses: ['estates', 'orders'],
  routes: (
    <Route path="feedback" element={<RequireAbility ability="feedback" />}>
      <Route index element={<FeedbackListPage />} />
      <Route path="report" element={<FeedbackReportPage />} />
      <Route path=":id" element={<FeedbackDetailPage />} />
    </Route>
  ),
  publicRoutes: <Route path="p/feedback/:tenantId/:nodeId" element={<PublicFeedbackPage />} />,
  menu: [
    {
      key: 'feedback',
      path: '/feedback',
      labelKey: 'feedback:menu.list',
      descriptionKey: 'feedback:menu.listHint',
      icon: 'CommentOutlined',
      ability: 'feedback',
      group: 'quality',
      order: 40,
    },
    {
      key: 'feedbackReport',
      path: '/feedback/report',
      labelKey: 'feedback:menu.report',
      descriptionKey: 'feedback:menu.reportHint',
      icon: 'BarChartOutlined',
      ability: 'feedbackReport',
      group: 'quality',
      order: 50,
    },
  ],
  todos: [
    { key: 'feedback.toReply', labelKey: 'feedback:todos.toReply', icon: 'CommentOutlined' },
    { key: 'feedback.toAnswer', labelKey: 'feedback:todos.toAnswer', icon: 'MessageOutlined' },
  ],
};
