import workedExample from '../../public/examples/worked-example.json';
import type { ModelFile } from '../model/model-file';
import { readModel } from '../model/read-model';
import { writeModelFile } from '../model/write-model';

/** The worked example, checked like any other model before the app opens it. */
export function exampleModel(): ModelFile {
  const read = readModel(workedExample);
  if (!read.ok)
    throw new Error(`The worked example is invalid: ${read.problems[0]?.message ?? ''}`);
  return writeModelFile(read.model);
}
