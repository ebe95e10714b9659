import { CRITIQUE_LIMITS as L, type CritiqueKind } from './critique-schema';

/**
 * The JSON Schemas sent to the model as `responseConstraint`, written out as data so they ship
 * without a schema generator and are stored by version with each critique. A unit test checks
 * they match the zod schemas the reply is validated with, field for field.
 */
const text = (maxLength: number) => ({ type: 'string', maxLength });
const required = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength });
const oneOf = (values: string[]) => ({ type: 'string', enum: values });
const object = (properties: Record<string, object>) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});
const list = (items: object, min: number | undefined, maxItems: number) => ({
  ...(min === undefined ? {} : { minItems: min }),
  maxItems,
  type: 'array',
  items,
});

const verdict = oneOf(['yes', 'partly', 'no']);
const strength = oneOf(['strong', 'some', 'thin']);
const observation = object({ verdict, quote: text(L.quote), note: text(L.note) });
const probes = list(object({ question: required(L.question), why: text(L.note) }), 2, 2);
const hedges = list(object({ quote: text(L.quote), note: text(L.note) }), undefined, L.hedges);

export const critiqueJsonSchemas: Record<CritiqueKind, object> = {
  story: object({
    values: list(
      object({
        value: required(L.valueName),
        strength,
        quote: text(L.quote),
        note: text(L.note),
      }),
      undefined,
      L.values,
    ),
    valueLine: observation,
    result: observation,
    reflection: observation,
    probes,
    hedges,
  }),
  answer: object({
    value: object({ strength, quote: text(L.quote), note: text(L.note) }),
    valueLine: observation,
    result: observation,
    reflection: observation,
    probes,
    hedges,
  }),
  probes: object({
    probes: list(
      object({ question: required(L.question), gap: text(L.note), quote: text(L.quote) }),
      1,
      3,
    ),
  }),
};
