import {describe, expect, it} from 'vitest';
import {cartLineUrl} from '~/lib/cart/line-url';

describe('cartLineUrl', () => {
  it('links a line to its program with the options the shopper chose', () => {
    expect(
      cartLineUrl('spartan-race-preparation-program', [
        {name: 'Race distance', value: 'Super 10K'},
        {name: 'Program length', value: '16 weeks'},
      ]),
    ).toBe('/products/spartan-race-preparation-program?Race+distance=Super+10K&Program+length=16+weeks');
  });

  it('links a program without options to its bare page', () => {
    expect(cartLineUrl('grip-and-hang-strength-block', [{name: 'Title', value: 'Default Title'}])).toBe(
      '/products/grip-and-hang-strength-block',
    );
  });

  it('escapes option text that would otherwise break the search', () => {
    expect(cartLineUrl('kit', [{name: 'Size & fit', value: 'M/L #2'}])).toBe('/products/kit?Size+%26+fit=M%2FL+%232');
  });
});
