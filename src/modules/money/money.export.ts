// The workbook writer is shared by every module's exports; money's exports keep importing it from here.
export { type Column, toWorkbook } from '../../platform/export/xlsx.js';
