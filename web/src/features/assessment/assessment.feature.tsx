import { Route } from 'react-router';
import { page, type WebFeature } from '../../app/feature';
import { RequireAbility } from '../../app/layout/RequireAbility';

const AssessmentPage = page(() => import('./AssessmentPage'), 'AssessmentPage');

/**
 * 考核奖惩 (issue 21, 篇一 A1.6): posted responsibilities, criteria with weights, rewards and penalties, and the
 * year-end assessment beside the person's real figures of the year, printed as the 年度考核表.
 */
export const assessmentFeature: WebFeature = {
  name: 'assessment',
  namespaces: ['assessment'],
  routes: (
    <Route path="workstation" element={<RequireAbility ability="assessment" />}>
      <Route path="assessment" element={<AssessmentPage />} />
    </Route>
  ),
  menu: [
    {
      key: 'assessment',
      path: '/workstation/assessment',
      labelKey: 'assessment:menu.assessment',
      descriptionKey: 'assessment:menu.assessmentHint',
      icon: 'TrophyOutlined',
      ability: 'assessment',
      group: 'workstation',
      order: 60,
    },
  ],
};
