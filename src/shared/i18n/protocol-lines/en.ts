/** The protocol's lines from the package: a specification's problems with them. */
export const protocolLinesEn = {
  'spec.problem.unknown_line':
    '“{field}”: the protocol has no line “{line}” (the lines are the figures the app counts and checks)',
  'spec.problem.duplicate_line': '“{field}”: the protocol line “{line}” is given twice',
  'spec.problem.missing_line':
    '“{field}”: the protocol line “{line}” is missing (every figure the control relations check has its line)',
};
