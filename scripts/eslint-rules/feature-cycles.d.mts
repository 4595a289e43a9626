import type { Rule } from 'eslint';

export type FeatureEdges = Map<string, Map<string, string>>;
export interface FeatureFile {
  feature: string;
  imports: Map<string, string>;
}

export declare function featureOf(featuresDir: string, features: Set<string>, absolutePath: string): string | null;
export declare function importedFeatures(featuresDir: string, features: Set<string>, file: string, specifiers: string[]): Map<string, string>;
export declare function specifiersIn(text: string): string[];
export declare function readFeatureGraph(featuresDir: string): { features: Set<string>; files: Map<string, FeatureFile> };
export declare function folderEdges(files: Map<string, FeatureFile>): FeatureEdges;
export declare function findPath(edges: FeatureEdges, from: string, to: string): string[] | null;

declare const rule: Rule.RuleModule;
export default rule;
