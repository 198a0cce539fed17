import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './infusion-drug.schemas.js';
import * as drugs from './infusion-drug.service.js';

const tags = ['infusion'];
const category = { 200: s.categorySchema, ...errorResponses };
const drug = { 200: s.drugSchema, ...errorResponses };

/** The centre's drug catalogue and its categories, the excluded ones of A5.3 among them. */
export function drugRoutes(app: App): void {
  app.get(
    '/api/infusion/drug-categories',
    {
      config: { permissions: ['infusion.drugs', 'infusion.read'] },
      schema: {
        tags,
        summary: 'A centre’s drug categories',
        querystring: s.centreQuery,
        response: { 200: s.categoryList, ...errorResponses },
      },
    },
    (req) => drugs.listCategories(contextOf(req), req.query),
  );
  app.post(
    '/api/infusion/drug-categories',
    {
      config: { permissions: ['infusion.drugs', 'infusion.read'] },
      schema: { tags, summary: 'Add a category to a centre', body: s.categoryCreateBody, response: category },
    },
    (req) => drugs.createCategory(contextOf(req), req.body),
  );
  app.put(
    '/api/infusion/drug-categories/:id',
    {
      config: { permissions: ['infusion.drugs', 'infusion.read'] },
      schema: { tags, summary: 'Rename a category or switch its exclusion', params: idParam, body: s.categoryEditBody, response: category },
    },
    (req) => drugs.editCategory(contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/infusion/drugs',
    {
      config: { permissions: ['infusion.drugs', 'infusion.read'] },
      schema: {
        tags,
        summary: 'A centre’s drug catalogue',
        querystring: s.drugListQuery,
        response: { 200: s.drugPage, ...errorResponses },
      },
    },
    (req) => drugs.listDrugs(contextOf(req), req.query),
  );
  app.post(
    '/api/infusion/drugs',
    {
      config: { permissions: ['infusion.drugs', 'infusion.read'] },
      schema: { tags, summary: 'Add a drug to a centre’s catalogue', body: s.drugCreateBody, response: drug },
    },
    (req) => drugs.createDrug(contextOf(req), req.body),
  );
  app.put(
    '/api/infusion/drugs/:id',
    {
      config: { permissions: ['infusion.drugs', 'infusion.read'] },
      schema: { tags, summary: 'Change a drug of the catalogue', params: idParam, body: s.drugEditBody, response: drug },
    },
    (req) => drugs.editDrug(contextOf(req), req.params.id, req.body),
  );
}
